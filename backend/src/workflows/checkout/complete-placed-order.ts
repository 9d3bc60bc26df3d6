import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ensureCartCompletedStep } from "./steps/ensure-cart-completed"
import { ensureOrderLinksStep } from "./steps/ensure-order-links"
import { ensurePaymentAuthorizedStep } from "./steps/ensure-payment-authorized"
import { ensureReservationsStep } from "./steps/ensure-reservations"
import { recordOrderRepairStep } from "./steps/record-order-repair"

export interface CompletePlacedOrderInput {
  order_id: string
  cart_id: string
  found_by: "retry" | "startup" | "schedule"
}

/**
 * Gives an order whose checkout was cut short everything a placed order has:
 * its links to the cart and payment collection, the cart marked completed,
 * stock reserved, the payment authorised, the "order placed" event (the
 * shopper's e-mail, the producer's notice) — each step only if it is missing,
 * so running it on a whole order does nothing. A failure (the stock is gone)
 * undoes what this run did; the caller then cancels the order.
 */
export const completePlacedOrderWorkflow = createWorkflow("complete-placed-order", (input: CompletePlacedOrderInput) => {
  const links = ensureOrderLinksStep({ order_id: input.order_id, cart_id: input.cart_id })
  const completed = ensureCartCompletedStep({ cart_id: input.cart_id })
  const reserved = ensureReservationsStep({ order_id: input.order_id })
  const authorized = ensurePaymentAuthorizedStep({ order_id: input.order_id, cart_id: input.cart_id })
  const repaired = transform({ links, completed, reserved, authorized }, (r) => [...r.links, ...r.completed, ...r.reserved, ...r.authorized])
  // the checkout's own event never went out when it died before linking the cart (events leave when a workflow ends)
  when({ links }, ({ links }) => links.includes("cart_link")).then(() => {
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: input.order_id } })
  })
  recordOrderRepairStep(
    transform({ input, repaired }, ({ input, repaired }) => ({
      order_id: input.order_id,
      cart_id: input.cart_id,
      outcome: "completed" as const,
      repaired,
      found_by: input.found_by,
    }))
  )
  return new WorkflowResponse({ order_id: input.order_id, repaired })
})
