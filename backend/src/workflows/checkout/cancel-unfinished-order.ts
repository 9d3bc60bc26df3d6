import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { reopenCartStep } from "./steps/ensure-cart-completed"
import { recordOrderRepairStep } from "./steps/record-order-repair"

export interface CancelUnfinishedOrderInput {
  order_id: string
  cart_id: string
  found_by: "retry" | "startup" | "schedule"
  reason: string
}

/**
 * An order whose interrupted checkout cannot be completed (its stock was sold
 * meanwhile): cancelled through Medusa's own flow (reservations released,
 * payment cancelled), unlinked from its cart and the cart opened again, so the
 * shopper's next try gets checkout's ordinary answer ("out of stock").
 */
export const cancelUnfinishedOrderWorkflow = createWorkflow("cancel-unfinished-order", (input: CancelUnfinishedOrderInput) => {
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, no_notification: true })) })
  dismissRemoteLinkStep(
    transform({ input }, ({ input }) => [{ [Modules.ORDER]: { order_id: input.order_id }, [Modules.CART]: { cart_id: input.cart_id } }])
  )
  reopenCartStep({ cart_id: input.cart_id })
  recordOrderRepairStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      cart_id: input.cart_id,
      outcome: "cancelled" as const,
      repaired: ["cancelled", "stock_released"],
      found_by: input.found_by,
      reason: input.reason,
    }))
  )
  return new WorkflowResponse({ order_id: input.order_id })
})
