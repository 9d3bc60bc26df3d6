import type { APIRoute } from "astro"
import { manifestResponse } from "../../features/app-shell/manifest"

export const GET: APIRoute = () => manifestResponse("en")
