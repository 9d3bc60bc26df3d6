import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placeOrder } from "../../../../../workflows/checkout/place-order"

// Payment refusals answer 200 with the cart (the shopper fixes the payment), as Medusa's own route does.
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * Replaces Medusa's cart completion with one that is safe to retry: the same
 * answer shape, but a cart gets exactly one order whatever fails and whenever
 * (workflows/checkout/place-order.ts); a passing fault answers 503 + Retry-After.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const outcome = await placeOrder(req.scope, cartId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if ("refused" in outcome) {
    const error = outcome.refused as MedusaError
    if (!PAYMENT_ERRORS.includes(error.type)) throw error
    const { data } = await query.graph({ entity: "cart", fields: ["*", "items.*", "payment_collection.*", "payment_collection.payment_sessions.*"], filters: { id: cartId } })
    return void res.status(200).json({ type: "cart", cart: data[0], error: { message: error.message, name: error.name, type: error.type } })
  }
  const { data } = await query.graph({ entity: "order", fields: req.queryConfig?.fields ?? ["id", "display_id", "total"], filters: { id: outcome.order_id } })
  res.status(200).json({ type: "order", order: data[0] })
}
