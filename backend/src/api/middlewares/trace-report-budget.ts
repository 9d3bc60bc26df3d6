import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientKey } from "../_lib/http/client-key"
import { budgetCounter, TRACE_REPORTS } from "../../lib/security/budgets"

/** At most TRACE_REPORTS reports an hour from one client (429 with Retry-After beyond). */
export async function traceReportBudget(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const client = clientKey(req.socket?.remoteAddress, req.headers["x-forwarded-for"])
  const counter = budgetCounter()
  const wait = await counter.waitFor(TRACE_REPORTS, client)
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait))
    return res.status(429).json({ type: "not_allowed", message: `Too many reports from this device. Try again in ${Math.ceil(wait / 60)} min.` })
  }
  res.on("finish", () => {
    if (res.statusCode === 201) void counter.record(TRACE_REPORTS, client)
  })
  next()
}
