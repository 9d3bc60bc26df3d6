import type { APIRoute } from "astro"
import { faviconIcoBytes } from "../features/app-shell/icons"

// Pages name their icon (a hashed PNG); /favicon.ico is for whatever asks the fixed address.
export const GET: APIRoute = () =>
  new Response(faviconIcoBytes(), { headers: { "content-type": "image/x-icon", "cache-control": "public, max-age=604800" } })
