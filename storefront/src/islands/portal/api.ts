// The island's calls to /api/producer (the storefront proxy to the backend's
// /producer routes); an error carries the backend's message for the form.
export const PORTAL_API = "/api/producer"

export async function portalRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${PORTAL_API}${path}`, { credentials: "same-origin", ...init })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`)
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
