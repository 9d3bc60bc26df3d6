import type { HttpTypes } from "@medusajs/types"
import type { AstroCookies } from "astro"
import { sdk } from "./medusa"
import { shopRegion } from "./regions"
import { authHeaders, cartId, forgetCart, rememberCart } from "./session"

export const CART_FIELDS = [
  "id,region_id,email,total,subtotal,shipping_total,item_total,completed_at,customer_id",
  "*items,*items.variant,+items.variant.inventory_quantity,+items.variant.manage_inventory,+items.variant.allow_backorder",
  "*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions",
].join(",")

export type Cart = HttpTypes.StoreCart

const count = (cart: Cart) => (cart.items ?? []).reduce((n, i) => n + i.quantity, 0)

/** The visitor's open cart, or null (none yet, completed, or gone). */
export async function getCart(cookies: AstroCookies): Promise<Cart | null> {
  const id = cartId(cookies)
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, authHeaders(cookies))
    if (cart.completed_at) throw new Error("completed")
    return cart
  } catch {
    forgetCart(cookies)
    return null
  }
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

async function change(cookies: AstroCookies, run: (cart: Cart) => Promise<unknown>): Promise<Cart> {
  const cart = await openCart(cookies)
  try {
    await run(cart)
  } catch (e) {
    throw new CartError((e as Error).message)
  }
  const fresh = (await getCart(cookies))!
  rememberCart(cookies, fresh.id, count(fresh))
  return fresh
}

export function addToCart(cookies: AstroCookies, variantId: string, quantity: number) {
  return change(cookies, async (cart) => {
    const line = cart.items?.find((i) => i.variant_id === variantId)
    if (line) await sdk.store.cart.updateLineItem(cart.id, line.id, { quantity: line.quantity + quantity }, { fields: "id" }, authHeaders(cookies))
    else await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: "id" }, authHeaders(cookies))
  })
}

export function setQuantity(cookies: AstroCookies, lineId: string, quantity: number) {
  return change(cookies, (cart) =>
    quantity > 0
      ? sdk.store.cart.updateLineItem(cart.id, lineId, { quantity }, { fields: "id" }, authHeaders(cookies))
      : sdk.store.cart.deleteLineItem(cart.id, lineId, {}, authHeaders(cookies))
  )
}

/** How many of a line the shop can still sell (null: no limit). */
export function available(item: NonNullable<Cart["items"]>[number]): number | null {
  const v = item.variant as (typeof item.variant & { inventory_quantity?: number; manage_inventory?: boolean; allow_backorder?: boolean }) | undefined
  if (!v || !v.manage_inventory || v.allow_backorder) return null
  return Math.max(0, v.inventory_quantity ?? 0)
}
