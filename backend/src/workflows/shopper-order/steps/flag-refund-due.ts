import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundDue } from "../../../lib/orders/shopper-cancel"

/**
 * A bank transfer (VietQR) already received cannot be sent back by the shop's
 * software: the order carries `ocop_refund_due` for staff, who transfer the
 * money and then clear it. Undone by putting the metadata back as it was.
 */
export const flagRefundDueStep = createStep(
  "flag-shopper-refund-due",
  async (input: { order_id: string; metadata: Record<string, unknown> | null; refund: RefundDue | null }, { container }) => {
    if (!input.refund) return new StepResponse(null, null)
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrders(input.order_id, { metadata: { ...(input.metadata ?? {}), ocop_refund_due: input.refund } })
    return new StepResponse(input.refund, { order_id: input.order_id, metadata: input.metadata })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.ORDER).updateOrders(previous.order_id, { metadata: previous.metadata ?? {} })
  }
)
