export type Locale = "vi" | "en"
export const LOCALES: Locale[] = ["vi", "en"]

const messages = {
  vi: {
    siteName: "Chợ OCOP",
    tagline: "Sản phẩm OCOP chính hãng từ khắp 34 tỉnh, thành",
    catalogue: "Sản phẩm",
    products: "sản phẩm",
    from: "Từ",
    stars: "sao OCOP",
    noStars: "Chứng nhận OCOP đã hết hạn",
    switchLanguage: "English",
    page: "Trang",
  },
  en: {
    siteName: "OCOP Market",
    tagline: "Certified OCOP products from all 34 provinces of Vietnam",
    catalogue: "Products",
    products: "products",
    from: "From",
    stars: "star OCOP",
    noStars: "OCOP certificate expired",
    switchLanguage: "Tiếng Việt",
    page: "Page",
  },
} as const

export type MessageKey = keyof (typeof messages)["vi"]

export function t(locale: Locale, key: MessageKey): string {
  return messages[locale][key]
}

/** The same page in the other language. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return to === "en" ? (bare === "/" ? "/en/" : `/en${bare}`) : bare
}

export function localePath(locale: Locale, path: string): string {
  return locale === "en" ? `/en${path === "/" ? "/" : path}` : path
}

export function numberLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US"
}
