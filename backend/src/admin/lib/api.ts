import { sdk } from "./sdk"

// Calls the backend's admin routes through the JS SDK (the session cookie, JSON bodies);
// a failure throws the route's message so the page can show it.
export function adminFetch<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { method: init.method ?? "GET", ...(init.body === undefined ? {} : { body: init.body }) })
}

export type ModerationAction = "verify" | "reject" | "revoke"

export function moderate(productId: string, action: ModerationAction, note?: string) {
  return adminFetch(`/admin/ocop/products/${productId}/verification`, { method: "POST", body: { action, ...(note ? { note } : {}) } })
}
