import type { APIRoute } from "astro"
import { BACKEND_URL } from "../../lib/medusa"
import { forgetProducer, producerToken } from "../../lib/session"

// The portal's islands reach the backend's /producer routes through here, so
// the member's token stays in an httpOnly cookie (lib/session.ts); page
// src/pages/api/producer/[...path].ts. Only these paths pass.
const ALLOWED = /^(me|sales|attention|products|files|orders)(\/[A-Za-z0-9_]+(\/ship)?)?$/
const MAX_BODY = 11 * 1024 * 1024

const proxy: APIRoute = async ({ params, request, cookies, url }) => {
  const path = params.path ?? ""
  if (!ALLOWED.test(path)) return Response.json({ message: "Not found" }, { status: 404 })
  const token = producerToken(cookies)
  if (!token) return Response.json({ message: "Sign in to the producer portal first" }, { status: 401 })
  const length = Number(request.headers.get("content-length") ?? 0)
  if (length > MAX_BODY) return Response.json({ message: "The file is larger than 10 MB" }, { status: 413 })
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  const type = request.headers.get("content-type")
  if (type) headers["content-type"] = type
  const hasBody = request.method !== "GET" && request.method !== "HEAD"
  const answer = await fetch(`${BACKEND_URL}/producer/${path}${url.search}`, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  })
  if (answer.status === 401) forgetProducer(cookies)
  return new Response(answer.body, {
    status: answer.status,
    headers: { "content-type": answer.headers.get("content-type") ?? "application/json", "cache-control": "no-store" },
  })
}

export const portalApiProxy = { GET: proxy, POST: proxy, DELETE: proxy }
