import type { HttpTypes } from "@medusajs/types"
import type { AstroCookies } from "astro"
import { sdk } from "../../lib/medusa"
import { isPassingFault } from "../../lib/passing-fault"
import { shopRegion } from "../../lib/regions"
import { authHeaders, cartId, forgetCart, rememberCart } from "../../lib/session"

export const CART_FIELDS = [
  "id,region_id,email,total,subtotal,shipping_total,item_total,completed_at,customer_id",
  "*items",
  "*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions",
].join(",")

export type Cart = HttpTypes.StoreCart

const count = (cart: Cart) => (cart.items ?? []).reduce((n, i) => n + i.quantity, 0)

/**
 * The visitor's open cart, or null (none yet, completed, or gone). With
 * `completed`, a cart that became an order is returned too: the checkout then
 * shows that order (its answer may never have reached the shopper). While the
 * backend has a passing fault the cart is not forgotten, only not shown.
 */
export async function getCart(cookies: AstroCookies, { completed = false } = {}): Promise<Cart | null> {
  const id = cartId(cookies)
  if (!id) return null
  let cart: Cart
  try {
    ;({ cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, authHeaders(cookies)))
  } catch (e) {
    if (!isPassingFault(e)) forgetCart(cookies)
    return null
  }
  if (cart.completed_at && !completed) {
    forgetCart(cookies)
    return null
  }
  return cart
}

async function openCart(cookies: AstroCookies): Promise<Cart> {
  const existing = await getCart(cookies)
  if (existing) return existing
  const region = await shopRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, authHeaders(cookies))
  rememberCart(cookies, cart.id, 0)
  return cart
}

/** Medusa's reason, e.g. not enough stock, in words the cart page shows. */
export class CartError extends Error {}

/** Applies one change; Medusa answers with the updated cart, whose item count the header shows. */
async function change(cookies: AstroCookies, run: (cart: Cart) => Promise<Cart | undefined>): Promise<void> {
  const cart = await openCart(cookies)
  let updated: Cart | undefined
  try {
    updated = await run(cart)
  } catch (e) {
    throw new CartError((e as Error).message)
  }
  // a delete may answer without its cart: read it then
  const fresh = updated ?? (await getCart(cookies))!
  rememberCart(cookies, fresh.id, count(fresh))
}

const COUNT_FIELDS = { fields: "id,*items" }

export function addToCart(cookies: AstroCookies, variantId: string, quantity: number) {
  return change(cookies, async (cart) => {
    const line = cart.items?.find((i) => i.variant_id === variantId)
    const { cart: updated } = line
      ? await sdk.store.cart.updateLineItem(cart.id, line.id, { quantity: line.quantity + quantity }, COUNT_FIELDS, authHeaders(cookies))
      : await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, COUNT_FIELDS, authHeaders(cookies))
    return updated
  })
}

export function setQuantity(cookies: AstroCookies, lineId: string, quantity: number) {
  return change(cookies, async (cart) =>
    quantity > 0
      ? (await sdk.store.cart.updateLineItem(cart.id, lineId, { quantity }, COUNT_FIELDS, authHeaders(cookies))).cart
      : (await sdk.store.cart.deleteLineItem(cart.id, lineId, COUNT_FIELDS, authHeaders(cookies))).parent
  )
}

/**
 * How many of each cart variant the shop can still sell; variants without a
 * limit are absent. Read from the store product route, where Medusa computes
 * stock for the shop's sales channel (cart lines do not carry it).
 */
export async function stockLimits(cart: Cart | null): Promise<Map<string, number>> {
  const ids = [...new Set((cart?.items ?? []).map((i) => i.product_id).filter(Boolean))] as string[]
  if (!ids.length) return new Map()
  const { products } = await sdk.store.product.list({
    id: ids,
    fields: "variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
    limit: ids.length,
  })
  return new Map(
    products
      .flatMap((p) => p.variants ?? [])
      .filter((v) => v.manage_inventory && !v.allow_backorder)
      .map((v) => [v.id, Math.max(0, v.inventory_quantity ?? 0)] as const)
  )
}
