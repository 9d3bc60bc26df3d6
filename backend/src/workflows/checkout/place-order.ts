import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_KEY, ensureCheckoutGuard } from "../../lib/checkout/guard"
import { findOrderOfCart } from "../../lib/checkout/find-order"
import { clearCheckoutLock, withPlaceOrderLock } from "../../lib/checkout/place-order-lock"
import { isTransientError } from "../../lib/checkout/transient"
import { finishOrCancel } from "./recover-unfinished-orders"

export type PlaceOrderOutcome = { order_id: string } | { refused: Error }

/** 503 material: the request may succeed in a moment; nothing is lost meanwhile. */
export class CheckoutUnavailableError extends MedusaError {
  constructor(cause?: unknown) {
    super(MedusaError.Types.UNEXPECTED_STATE, "temporarily_unavailable")
    this.name = "CheckoutUnavailableError"
    ;(this as { cause?: unknown }).cause = cause
  }
}

/**
 * Places the cart's order, safe to call any number of times, from any
 * instance, after any fault: a cart ends with exactly one live order.
 *  1. If the cart already has an order (an earlier try got further than its
 *     answer did), that order is completed where its checkout stopped and
 *     returned (or, if it cannot be, cancelled and the cart placed afresh).
 *  2. Otherwise the cart is stamped with the guard key and Medusa's checkout runs.
 *  3. If it fails, the database is asked again: an order written before the
 *     failure is completed (or, when the database is still away, left to the
 *     next try and the recovery job); with none, a passing failure is a 503 and
 *     a refusal (stock, payment) is returned for the route to answer as Medusa does.
 */
export async function placeOrder(container: MedusaContainer, cartId: string): Promise<PlaceOrderOutcome> {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    await ensureCheckoutGuard(db)
  } catch (e) {
    throw new CheckoutUnavailableError(e)
  }
  const held = await withPlaceOrderLock(container, cartId, async (): Promise<PlaceOrderOutcome> => {
    const existing = await findOrderOfCart(db, cartId).catch(unavailable)
    // completed, or cancelled because it could not be (then the cart is open again and is placed afresh below)
    if (existing && (await finishOrUnavailable(container, existing, cartId))) return { order_id: existing }

    await clearCheckoutLock(container, cartId)
    await stampCart(container, cartId).catch(unavailable)
    let failure: unknown
    try {
      const { errors, result, transaction } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
      failure = errors?.[0]?.error ?? (transaction.hasFinished() ? null : new Error("Cart is already being completed by another request"))
      if (!failure) return { order_id: result.id }
    } catch (e) {
      // the engine itself failed (e.g. it could not save its checkpoint while the database restarted)
      failure = e
    }

    await clearCheckoutLock(container, cartId)
    const written = await findOrderOfCart(db, cartId).catch(() => null)
    if (written && (await finishOrUnavailable(container, written, cartId))) return { order_id: written }
    // a refusal about the cart (stock, payment, address) is Medusa's; anything else may pass: the try is safe to repeat
    if (isTransientError(failure) || !MedusaError.isMedusaError(failure)) throw new CheckoutUnavailableError(failure)
    return { refused: failure }
  })
  if (!held) throw new CheckoutUnavailableError(new Error("the cart is being placed by another request"))
  return held.value
}

function unavailable(e: unknown): never {
  throw isTransientError(e) ? new CheckoutUnavailableError(e) : e
}

/** True when the order is now whole; false when it had to be cancelled (its stock was gone). */
async function finishOrUnavailable(container: MedusaContainer, orderId: string, cartId: string): Promise<boolean> {
  try {
    return (await finishOrCancel(container, { order_id: orderId, cart_id: cartId }, "retry")) === "completed"
  } catch (e) {
    unavailable(e)
  }
}

/** The guard key on the cart (Medusa copies cart metadata onto the order it creates). */
async function stampCart(container: MedusaContainer, cartId: string) {
  const carts = container.resolve(Modules.CART)
  const cart = await carts.retrieveCart(cartId, { select: ["id", "metadata", "completed_at"] })
  if (cart.metadata?.[CHECKOUT_KEY] === cartId && !cart.completed_at) return
  // completed_at without an order (checked just before) is a leftover of a checkout that was undone
  await carts.updateCarts([{ id: cartId, completed_at: null, metadata: { ...(cart.metadata ?? {}), [CHECKOUT_KEY]: cartId } }])
}
