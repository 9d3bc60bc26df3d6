import type { APIRoute } from "astro"
import { serviceWorkerResponse } from "../features/app-shell/service-worker-response"

export const GET: APIRoute = () => serviceWorkerResponse()
