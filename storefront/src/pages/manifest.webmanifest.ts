import type { APIRoute } from "astro"
import { manifestResponse } from "../features/app-shell/manifest"
import { pageLocale } from "../lib/i18n"

// also /en/manifest.webmanifest (integrations/english-pages.mjs)
export const GET: APIRoute = ({ currentLocale }) => manifestResponse(pageLocale(currentLocale))
