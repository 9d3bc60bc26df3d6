import { clientKey } from "../_lib/http/client-key"
import { TRACE_REPORTS } from "../../lib/security/budgets"
import { budgetGuard } from "./budget-guard"

/** At most TRACE_REPORTS reports an hour from one client (429 with Retry-After beyond). */
export const traceReportBudget = budgetGuard({
  budget: TRACE_REPORTS,
  keys: (req) => [clientKey(req.socket?.remoteAddress, req.headers["x-forwarded-for"])],
  spends: (status) => status === 201,
  code: "too_many_reports",
  message: (minutes) => `Too many reports from this device. Try again in ${minutes} min.`,
})
