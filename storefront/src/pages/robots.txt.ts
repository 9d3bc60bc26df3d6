import type { APIRoute } from "astro"
import { publicOrigin } from "../lib/env.mjs"

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /api/\nDisallow: /kenh-nguoi-ban\nSitemap: ${new URL("/sitemap.xml", publicOrigin())}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  })
