import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CANCELLABLE_ORDER_FIELDS, refundDueOf } from "../../lib/orders/shopper-cancel"
import { checkCancellableStep } from "./steps/check-cancellable"
import { flagRefundDueStep } from "./steps/flag-refund-due"

export interface CancelShopperOrderInput {
  order_id: string
  /** the signed-in customer, or null for a guest holding the order's key */
  customer_id: string | null
}

/**
 * A shopper cancels their order before anything has left: checked (theirs,
 * not shipped, not already cancelled), then Medusa's own cancel flow (stock
 * reservations released, an unpaid payment cancelled, a card payment refunded
 * through its provider), and a bank transfer already received flagged for
 * staff to send back.
 */
export const cancelShopperOrderWorkflow = createWorkflow("cancel-shopper-order", (input: CancelShopperOrderInput) => {
  const { data } = useQueryGraphStep({
    entity: "order",
    fields: CANCELLABLE_ORDER_FIELDS,
    filters: { id: input.order_id },
  })
  const order = checkCancellableStep(
    transform({ data, input }, ({ data, input }) => ({ order: data[0], customer_id: input.customer_id }))
  )
  // read before the cancel: Medusa's flow records refunds for captured payments
  const refund = transform({ order }, ({ order }) => refundDueOf(order, new Date()))
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.customer_id ?? undefined })),
  })
  flagRefundDueStep(transform({ order, refund }, ({ order, refund }) => ({ order_id: order.id, metadata: order.metadata ?? null, refund })))
  return new WorkflowResponse({ order_id: input.order_id, refund })
})
