import { type Budget, type BudgetCounter, budgetLimit, counterFor } from "@ocop/shared/request-budget"
import Redis from "ioredis"

// Budgets the backend enforces itself, whoever calls it (the storefront, an app, a script).
export const SIGN_IN_FAILURES: Budget = {
  name: "sign-in-failures",
  limit: budgetLimit(process.env.OCOP_SIGNIN_FAILURES, 10),
  windowMs: budgetLimit(process.env.OCOP_SIGNIN_FAILURE_WINDOW_S, 15 * 60) * 1000,
}

// Reports of suspicious stamps per client (a salted hash of the address), so one
// caller cannot bury staff's list; the storefront's own budget is per minute.
export const TRACE_REPORTS: Budget = {
  name: "trace-reports",
  limit: budgetLimit(process.env.OCOP_TRACE_REPORTS_PER_HOUR, 10),
  windowMs: 60 * 60 * 1000,
}

// Guests' order look-ups that found nothing, per client and per order number (order-lookup-budget.ts).
export const ORDER_LOOKUP_FAILURES: Budget = {
  name: "order-lookup-failures",
  limit: budgetLimit(process.env.OCOP_ORDER_LOOKUP_FAILURES, 10),
  windowMs: budgetLimit(process.env.OCOP_ORDER_LOOKUP_WINDOW_S, 15 * 60) * 1000,
}

let counter: BudgetCounter | null = null

/** Shared by every backend instance through Redis when REDIS_URL is set; this process's memory otherwise. */
export function budgetCounter(): BudgetCounter {
  // ioredis is pinned to the version Medusa's framework and Redis modules use (its optional
  // peer), so this is the same copy, not a second one;
  // commands wait for the connection, the counter's time limit lets sign-ins through while Redis is away
  const connect = (url: string) => new Redis(url, { maxRetriesPerRequest: 1 }).on("error", () => {})
  return (counter ??= counterFor(process.env.REDIS_URL, connect, "sign-in failures"))
}
