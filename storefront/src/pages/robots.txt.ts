import type { APIRoute } from "astro"

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /api/\nDisallow: /kenh-nguoi-ban\nSitemap: ${new URL("/sitemap.xml", site)}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  })
