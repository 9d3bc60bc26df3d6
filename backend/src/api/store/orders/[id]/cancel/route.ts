import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderCancelAnswer } from "@ocop/shared"
import { cancelShopperOrderWorkflow } from "../../../../../workflows/shopper-order/cancel-shopper-order"

// POST /store/orders/:id/cancel — "Hủy đơn" on the order page, before anything
// has left. A guest's order: whoever holds its key (the order page's address,
// as for reading it); a registered customer's: only that customer, signed in.
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id || null : null
  const { result } = await cancelShopperOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, customer_id: customerId },
  })
  const body: OrderCancelAnswer = { order: { id: result.order_id, status: "canceled" }, refund_due: result.refund }
  res.json(body)
}
