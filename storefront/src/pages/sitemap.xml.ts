import type { APIRoute } from "astro"
import { publicOrigin } from "../lib/env.mjs"
import { listCollections } from "../features/collections/loaders"
import { listFairs } from "../features/fairs/loaders"
import { switchLocalePath } from "../lib/i18n"
import { listProducers } from "../features/producers/loaders"
import { listSalesPoints } from "../features/places/loaders"
import { allProductHandles } from "../features/search-page/product-search"

// Every public page in both languages, with hreflang alternates.
export const GET: APIRoute = async () => {
  const [handles, producers, collections, points, fairs] = await Promise.all([
    allProductHandles(),
    listProducers(),
    listCollections(),
    listSalesPoints(),
    listFairs(),
  ])
  const paths = [
    "/", "/san-pham", "/diem-ban", "/hoi-cho",
    ...handles.map((h) => `/san-pham/${h}`),
    ...producers.map((p) => `/chu-the/${p.handle}`),
    ...collections.map((c) => `/bo-suu-tap/${c.handle}`),
    ...points.map((p) => `/diem-ban/${p.handle}`),
    ...fairs.map((f) => `/hoi-cho/${f.handle}`),
  ]
  const abs = (path: string) => new URL(path, publicOrigin()).toString().replace(/&/g, "&amp;")
  const urls = paths.flatMap((path) =>
    (["vi", "en"] as const).map((locale) => {
      const alternates = (["vi", "en"] as const)
        .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(switchLocalePath(path, l))}"/>`)
        .join("")
      return `<url><loc>${abs(switchLocalePath(path, locale))}</loc>${alternates}</url>`
    })
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } })
}
