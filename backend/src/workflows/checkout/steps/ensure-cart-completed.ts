import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The cart marked completed (it has its order), if the checkout died before doing so. */
export const ensureCartCompletedStep = createStep(
  "ensure-cart-completed",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    const cart = await carts.retrieveCart(cart_id, { select: ["id", "completed_at"] })
    if (cart.completed_at) return new StepResponse([] as string[], null)
    await carts.updateCarts([{ id: cart_id, completed_at: new Date() }])
    return new StepResponse(["cart_completed"], cart_id)
  },
  async (cartId, { container }) => {
    if (cartId) await container.resolve<ICartModuleService>(Modules.CART).updateCarts([{ id: cartId, completed_at: null }])
  }
)

/** The cart opened again: its order was cancelled, so the shopper may place it anew. */
export const reopenCartStep = createStep("reopen-cart", async ({ cart_id }: { cart_id: string }, { container }) => {
  await container.resolve<ICartModuleService>(Modules.CART).updateCarts([{ id: cart_id, completed_at: null }])
  return new StepResponse(cart_id)
})
