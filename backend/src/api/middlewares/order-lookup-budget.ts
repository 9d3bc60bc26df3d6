import { clientKey } from "../_lib/http/client-key"
import { ORDER_LOOKUP_FAILURES } from "../../lib/security/budgets"
import { budgetGuard } from "./budget-guard"

/**
 * Guessing someone's phone number for an order number: failed look-ups are
 * counted per client and per order number, so neither one device trying many
 * orders nor many devices trying one order get far. A found order costs nothing.
 */
export const orderLookupBudget = budgetGuard({
  budget: ORDER_LOOKUP_FAILURES,
  keys: (req) => {
    const client = `client:${clientKey(req.socket?.remoteAddress, req.headers["x-forwarded-for"])}`
    const number = Number((req.body as { order_number?: unknown } | undefined)?.order_number)
    return Number.isInteger(number) && number > 0 ? [client, `order:${number}`] : [client]
  },
  spends: (status) => status === 404,
  code: "too_many_lookups",
  message: (minutes) => `Too many order look-ups that found nothing. Try again in ${minutes} min.`,
})
