// The web app manifest, one per language: "Thêm vào màn hình chính" installs the
// Vietnamese shop from Vietnamese pages and the English one from /en pages.
import { localePath, type Locale } from "../../lib/i18n"
import { BACKGROUND_COLOR, ICONS, THEME_COLOR } from "./icons"

const NAMES = {
  vi: { name: "Chợ OCOP — Sản phẩm OCOP chính hãng", short_name: "Chợ OCOP", description: "Sản phẩm OCOP chính hãng từ khắp 34 tỉnh, thành" },
  en: { name: "OCOP Market — certified OCOP products", short_name: "OCOP Market", description: "Certified OCOP products from all 34 provinces" },
}

export function webAppManifest(locale: Locale) {
  const start = localePath(locale, "/")
  return {
    // one app per language: its id is where it starts
    id: start,
    lang: locale,
    dir: "ltr",
    ...NAMES[locale],
    start_url: start,
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ["shopping", "food"],
    icons: ICONS.manifest,
  }
}

export const manifestPath = (locale: Locale) => localePath(locale, "/manifest.webmanifest")

/** The manifest as served: it names hashed icons, so a day's caching is safe. */
export const manifestResponse = (locale: Locale) =>
  new Response(JSON.stringify(webAppManifest(locale)), {
    headers: { "content-type": "application/manifest+json; charset=utf-8", "cache-control": "public, max-age=86400" },
  })
