import { type Budget, type BudgetCounter, budgetLimit, memoryCounter, redisCounter } from "@ocop/shared/request-budget"
import { createRequire } from "node:module"

// Budgets the backend enforces itself, whoever calls it (the storefront, an app, a script).
export const SIGN_IN_FAILURES: Budget = {
  name: "sign-in-failures",
  limit: budgetLimit(process.env.OCOP_SIGNIN_FAILURES, 10),
  windowMs: budgetLimit(process.env.OCOP_SIGNIN_FAILURE_WINDOW_S, 15 * 60) * 1000,
}

let counter: BudgetCounter | null = null

/** Shared by every backend instance through Redis when REDIS_URL is set; this process's memory otherwise. */
export function budgetCounter(): BudgetCounter {
  if (counter) return counter
  const url = process.env.REDIS_URL
  if (!url) return (counter = memoryCounter())
  // the ioredis that Medusa's framework and Redis modules already use, rather than a second copy
  const Redis = createRequire(require.resolve("@medusajs/framework"))("ioredis")
  // commands wait for the connection; the counter's time limit lets sign-ins through while Redis is away
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  redis.on("error", () => {})
  let warned = 0
  return (counter = redisCounter(redis, {
    onError: (e) => {
      if (Date.now() - warned > 60_000) console.warn(`[budgets] Redis unavailable, sign-in failures are not counted: ${(e as Error).message}`)
      warned = Date.now()
    },
  }))
}
