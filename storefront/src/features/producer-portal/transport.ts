import { PortalError } from "./portal-error"

// The portal's one transport, on the server (backend.ts → the backend's
// /producer routes) and in the browser (islands/client.ts → the storefront's
// /api/producer proxy) alike: one fetch, the answer's JSON, and every failure
// a PortalError with the HTTP status and the backend's field problems of a 400.
// Plain fetch rather than the JS SDK: a 400's per-field `errors` must reach the form.

/** `unreachable`: the status a failure without an answer gets (the server says 503, the browser 0). */
export async function portalFetch<T>(url: string | URL, init: RequestInit, unreachable: { status: number; message: string }): Promise<T> {
  let res: Response
  try {
    res = await fetch(url, init)
  } catch {
    throw new PortalError(unreachable.message, unreachable.status)
  }
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new PortalError(body.message ?? `HTTP ${res.status}`, res.status, Array.isArray(body.errors) ? body.errors : [])
  return body as T
}
