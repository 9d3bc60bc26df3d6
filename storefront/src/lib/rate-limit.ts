// Per-client request budgets for what attackers hammer: signing in (password
// guessing), checking out (card and stock abuse), searching (scraping), looking
// stamps up (guessing serials) and reporting stamps (spam).
// Counted in Redis when REDIS_URL is set, so every storefront instance draws
// on the same budget (the storefront itself keeps no state); in memory otherwise.
import { type Budget, type BudgetCounter, budgetLimit, counterFor } from "@ocop/shared/request-budget"
import Redis from "ioredis"
import { routeKey } from "./route-key"

const env = process.env
export const BUDGETS = {
  signIn: { name: "sign-in", limit: budgetLimit(env.OCOP_RATE_SIGNIN, 10), windowMs: 60_000 },
  portalSignIn: { name: "portal-sign-in", limit: budgetLimit(env.OCOP_RATE_SIGNIN, 10), windowMs: 60_000 },
  checkout: { name: "checkout", limit: budgetLimit(env.OCOP_RATE_CHECKOUT, 30), windowMs: 60_000 },
  search: { name: "search", limit: budgetLimit(env.OCOP_RATE_SEARCH, 240), windowMs: 60_000 },
  // looking a stamp up (each lookup is counted by the backend) and reporting one
  trace: { name: "trace", limit: budgetLimit(env.OCOP_RATE_TRACE, 60), windowMs: 60_000 },
  traceReport: { name: "trace-report", limit: budgetLimit(env.OCOP_RATE_REPORT, 5), windowMs: 60_000 },
} satisfies Record<string, Budget>

let counter: BudgetCounter | null = null

// commands wait for the connection (the first requests after a start count too);
// the counter's own time limit lets requests through while Redis is away
const connect = (url: string) => new Redis(url, { maxRetriesPerRequest: 1 }).on("error", () => {})
const sharedCounter = () => (counter ??= counterFor(env.REDIS_URL, connect, "requests"))

/** Records one request; returns the seconds to wait when the budget is spent, else 0. */
export const spend = (budget: Budget, client: string) => sharedCounter().spend(budget, client)

const PORTAL = "/kenh-nguoi-ban"
const TRACE = "/truy-xuat"

/**
 * Which budget a request draws on, if any; `intent` is the posted form's intent, for portal pages.
 * Matched on the route, not the spelling of the URL (route-key.ts): /San-Pham/, /en/san-pham and
 * /s%61n-pham reach the same page and draw on the same budget; the method is compared in capitals.
 */
export function budgetFor(rawMethod: string, pathname: string, intent?: string): Budget | null {
  const method = rawMethod.toUpperCase()
  const path = routeKey(pathname)
  // a HEAD is rendered like a GET: the same work
  const reads = method === "GET" || method === "HEAD"
  if (method === "POST" && path === "/tai-khoan") return BUDGETS.signIn
  // accepting an invitation and resetting a password guess at secrets just like signing in
  const secretForms = [`${PORTAL}/loi-moi`, `${PORTAL}/quen-mat-khau`, `${PORTAL}/dat-lai-mat-khau`]
  if (method === "POST" && (secretForms.includes(path) || (path.startsWith(PORTAL) && intent === "signin"))) return BUDGETS.portalSignIn
  if (method === "POST" && path.startsWith("/thanh-toan")) return BUDGETS.checkout
  if (path === "/api/suggest" || (path === "/san-pham" && reads)) return BUDGETS.search
  if (method === "POST" && path === TRACE) return BUDGETS.traceReport
  if (reads && (path.startsWith(`${TRACE}/`) || path.startsWith("/01/"))) return BUDGETS.trace
  return null
}

/** Portal pages share one URL for the sign-in form and other forms: only sign-ins are budgeted. */
export function needsIntent(method: string, pathname: string): boolean {
  return method.toUpperCase() === "POST" && routeKey(pathname).startsWith(PORTAL)
}
