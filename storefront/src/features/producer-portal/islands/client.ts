import { portalFetch } from "../transport"

// The islands' calls to /api/producer (the storefront's proxy to the backend's
// /producer routes, so the member's token stays in an httpOnly cookie), through
// the portal's one transport (../transport.ts): a failure is a PortalError with
// the backend's field problems, status 0 when there was no answer.
export const PORTAL_API = "/api/producer"

export async function portalRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  return portalFetch<T>(`${PORTAL_API}${path}`, { credentials: "same-origin", ...init }, { status: 0, message: "network" })
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
