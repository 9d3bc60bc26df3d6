import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Budget } from "@ocop/shared/request-budget"
import { budgetCounter } from "../../lib/security/budgets"

interface BudgetGuard {
  budget: Budget
  /** who (or what) spends the budget; several keys: each must have room, each is charged */
  keys: (req: MedusaRequest) => string[]
  /** which answers spend it (e.g. only a 201 report, only a failed lookup) */
  spends: (status: number) => boolean
  /** the English sentence of the 429 (`code` lets a page say it in its own language) */
  message: (minutes: number) => string
  code: string
}

/** A middleware answering 429 + Retry-After while any of the request's keys has spent its budget. */
export function budgetGuard({ budget, keys, spends, message, code }: BudgetGuard) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const counter = budgetCounter()
    const ids = keys(req)
    const wait = Math.max(0, ...(await Promise.all(ids.map((k) => counter.waitFor(budget, k)))))
    if (wait > 0) {
      res.setHeader("Retry-After", String(wait))
      return res.status(429).json({ type: "not_allowed", code, message: message(Math.ceil(wait / 60)) })
    }
    res.on("finish", () => {
      if (spends(res.statusCode)) for (const k of ids) void counter.record(budget, k)
    })
    next()
  }
}
