import { PortalError } from "../portal-error"

// The islands' one transport: calls to /api/producer (the storefront's proxy to
// the backend's /producer routes, so the member's token stays in an httpOnly
// cookie). A failure is a PortalError with the backend's field problems.
export const PORTAL_API = "/api/producer"

export async function portalRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response
  try {
    res = await fetch(`${PORTAL_API}${path}`, { credentials: "same-origin", ...init })
  } catch {
    throw new PortalError("network", 0)
  }
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new PortalError(body.message ?? `HTTP ${res.status}`, res.status, Array.isArray(body.errors) ? body.errors : [])
  return body as T
}

export interface UploadedFile {
  id: string
  url: string
  thumbnail_url: string | null
  filename: string
}

export function uploadFile(kind: "image" | "certificate", file: File): Promise<UploadedFile> {
  const form = new FormData()
  form.append("file", file)
  return portalRequest<{ file: UploadedFile }>(`/files?kind=${kind}`, { method: "POST", body: form }).then((r) => r.file)
}
