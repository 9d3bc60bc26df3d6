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
    prevPage: "Trang trước",
    nextPage: "Trang sau",
    outOfStock: "Tạm hết hàng",
    filters: "Tìm và lọc sản phẩm",
    searchLabel: "Tìm sản phẩm",
    searchPlaceholder: "Ví dụ: nước mắm, chè Tân Cương…",
    starsLegend: "Hạng sao OCOP",
    allStars: "Tất cả",
    orMore: "trở lên",
    groupLegend: "Nhóm sản phẩm",
    provinceLegend: "Tỉnh, thành phố",
    inStockOnly: "Còn hàng",
    sortLabel: "Sắp xếp",
    sort_relevance: "Phù hợp nhất",
    sort_stars_desc: "Sao cao nhất",
    sort_price_asc: "Giá thấp đến cao",
    sort_price_desc: "Giá cao đến thấp",
    sort_newest: "Mới nhất",
    apply: "Lọc",
    activeFilters: "Bộ lọc đang dùng",
    remove: "Bỏ lọc",
    badSearch: "Không hiểu yêu cầu tìm kiếm:",
    typoNote: "Không có kết quả khớp chính xác; đây là các sản phẩm gần đúng.",
    ocopCertificate: "Chứng nhận OCOP",
    certExpired: "Chứng nhận OCOP đã hết hạn ngày",
    certRevoked: "Chứng nhận OCOP của sản phẩm đã bị thu hồi.",
    certNumber: "Số quyết định",
    certIssuer: "Cơ quan cấp",
    certIssued: "Ngày cấp",
    certExpires: "Hiệu lực đến",
    province: "Tỉnh, thành phố",
    formerly: "trước đây là",
    traceCode: "Mã truy xuất",
    variants: "Quy cách và giá",
    story: "Câu chuyện sản phẩm",
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
    prevPage: "Previous page",
    nextPage: "Next page",
    outOfStock: "Out of stock",
    filters: "Search and filter products",
    searchLabel: "Search products",
    searchPlaceholder: "e.g. fish sauce, Tan Cuong tea…",
    starsLegend: "OCOP star rating",
    allStars: "All",
    orMore: "and up",
    groupLegend: "Product group",
    provinceLegend: "Province or city",
    inStockOnly: "In stock",
    sortLabel: "Sort by",
    sort_relevance: "Best match",
    sort_stars_desc: "Highest rated",
    sort_price_asc: "Price: low to high",
    sort_price_desc: "Price: high to low",
    sort_newest: "Newest",
    apply: "Apply",
    activeFilters: "Active filters",
    remove: "Remove filter",
    badSearch: "We could not understand this search:",
    typoNote: "No exact matches; showing close matches.",
    ocopCertificate: "OCOP certificate",
    certExpired: "The OCOP certificate expired on",
    certRevoked: "This product's OCOP certificate has been revoked.",
    certNumber: "Decision number",
    certIssuer: "Issued by",
    certIssued: "Issued on",
    certExpires: "Valid until",
    province: "Province or city",
    formerly: "formerly",
    traceCode: "Traceability code",
    variants: "Sizes and prices",
    story: "Product story",
  },
} as const

export type MessageKey = keyof (typeof messages)["vi"]

export function t(locale: Locale, key: MessageKey | `sort_${string}`): string {
  return (messages[locale] as Record<string, string>)[key] ?? key
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
