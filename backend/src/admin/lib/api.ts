// Calls the backend's admin routes with the admin's session cookie; errors
// carry the route's message so the page can show it.
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data.message ?? `HTTP ${res.status}`)
  return data as T
}

export type ModerationAction = "verify" | "reject" | "revoke"

export function moderate(productId: string, action: ModerationAction, note?: string) {
  return adminFetch(`/admin/ocop/products/${productId}/verification`, { method: "POST", body: { action, ...(note ? { note } : {}) } })
}
