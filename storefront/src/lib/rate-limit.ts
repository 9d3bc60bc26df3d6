// Per-client request budgets for what attackers hammer: signing in (password
// guessing), checking out (card and stock abuse) and searching (scraping).
// A sliding window per client address, in memory: each storefront instance
// counts its own share (a shared store belongs to the production setup, #7).

export interface Budget {
  name: string
  limit: number
  windowMs: number
}

export const BUDGETS = {
  signIn: { name: "sign-in", limit: Number(process.env.OCOP_RATE_SIGNIN ?? 10), windowMs: 60_000 },
  checkout: { name: "checkout", limit: Number(process.env.OCOP_RATE_CHECKOUT ?? 30), windowMs: 60_000 },
  search: { name: "search", limit: Number(process.env.OCOP_RATE_SEARCH ?? 240), windowMs: 60_000 },
} satisfies Record<string, Budget>

const hits = new Map<string, number[]>()

/** Records one request; returns the seconds to wait when the budget is spent, else 0. */
export function spend(budget: Budget, client: string, now = Date.now()): number {
  const key = `${budget.name}:${client}`
  const recent = (hits.get(key) ?? []).filter((t) => now - t < budget.windowMs)
  if (recent.length >= budget.limit) {
    hits.set(key, recent)
    return Math.ceil((recent[0] + budget.windowMs - now) / 1000)
  }
  recent.push(now)
  hits.set(key, recent)
  if (hits.size > 50_000) hits.delete(hits.keys().next().value!)
  return 0
}

/** Which budget a request draws on, if any. */
export function budgetFor(method: string, pathname: string): Budget | null {
  const path = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  if (method === "POST" && path === "/tai-khoan") return BUDGETS.signIn
  if (method === "POST" && path.startsWith("/thanh-toan")) return BUDGETS.checkout
  if (path === "/api/suggest" || (path === "/san-pham" && method === "GET")) return BUDGETS.search
  return null
}
