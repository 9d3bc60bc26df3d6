import type { IOrderModuleService, IPaymentModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The cart's payment session authorised (COD and VietQR: accepted at once;
 * cards: Stripe is asked whether the shopper's payment went through), as
 * Medusa's checkout does last; captured amounts recorded on the order.
 */
export const ensurePaymentAuthorizedStep = createStep(
  "ensure-payment-authorized",
  async ({ order_id, cart_id }: { order_id: string; cart_id: string }, { container }) => {
    const query = container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["payment_collection.id", "payment_collection.payments.id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.status"],
      filters: { id: cart_id },
    })
    const collection = data[0]?.payment_collection
    const session = collection?.payment_sessions?.find(Boolean)
    if (!collection || collection.payments?.length || !session) return new StepResponse([] as string[], null)
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const payment = await payments.authorizePaymentSession(session.id, {})
    if (!payment) return new StepResponse([] as string[], null)
    const captures = (payment.captures ?? []).map((c) => ({
      order_id,
      amount: c.raw_amount ?? c.amount,
      currency_code: payment.currency_code,
      reference: "capture",
      reference_id: c.id,
    }))
    if (captures.length) await container.resolve<IOrderModuleService>(Modules.ORDER).addOrderTransactions(captures)
    return new StepResponse(["payment_authorized"], payment.id)
  },
  async (paymentId, { container }) => {
    if (paymentId) await container.resolve<IPaymentModuleService>(Modules.PAYMENT).cancelPayment(paymentId)
  }
)
