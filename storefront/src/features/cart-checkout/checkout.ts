import type { AstroCookies } from "astro"
import { CART_FIELDS, CartError, type Cart } from "./cart"
import { absoluteUrl } from "../../lib/env.mjs"
import { localePath, type Locale } from "../../lib/i18n"
import { sdk } from "../../lib/medusa"
import { isPassingFault, retryOnceIfPassing, ShopBusyError } from "../../lib/passing-fault"
import { listSalesPoints, type SalesPoint } from "../places/loaders"
import { authHeaders, forgetCart } from "../../lib/session"

export interface DeliveryChoice {
  id: string
  code: string
  name: string
  description: string
  amount: number | null
}

/** Delivery options for the cart's address, priced by the backend for its province. */
export async function deliveryChoices(cart: Cart, cookies: AstroCookies): Promise<DeliveryChoice[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }, authHeaders(cookies))
  const choices = await Promise.all(
    shipping_options.map(async (o) => {
      let amount: number | null = o.amount ?? null
      if (o.price_type === "calculated" && cart.shipping_address?.province) {
        const { shipping_option } = await sdk.store.fulfillment.calculate(o.id, { cart_id: cart.id, data: {} }, {}, authHeaders(cookies)).catch(() => ({ shipping_option: { amount: null } }))
        amount = shipping_option.amount ?? null
      }
      const type = o.type as { code?: string; description?: string } | undefined
      return { id: o.id, code: type?.code ?? o.id, name: o.name, description: type?.description ?? "", amount }
    })
  )
  // Medusa lists options in no set order: cheapest home delivery first (it is preselected)
  return choices.sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity))
}

/** Sales points that stock every product in the cart, those in the shopper's province first. */
export async function pickupPoints(cart: Cart): Promise<SalesPoint[]> {
  const ids = [...new Set((cart.items ?? []).map((i) => i.product_id).filter(Boolean))] as string[]
  if (!ids.length) return []
  const points = await listSalesPoints({ product_id: ids.join(",") })
  const province = cart.shipping_address?.province
  return points.sort((a, b) => Number(b.province === province) - Number(a.province === province))
}

export const STRIPE = "pp_stripe_stripe"
export const stripePublishableKey = () => process.env.STRIPE_PUBLISHABLE_KEY

/** Where Stripe sends the shopper back after a card check (3-D Secure): the shop's public origin, read at run time. */
export const stripeReturnUrl = (locale: Locale, env: Record<string, string | undefined> = process.env) =>
  absoluteUrl(localePath(locale, "/thanh-toan/the-xong"), env)

/** The region's payment methods; cards only when the storefront can show Stripe's card form. */
export async function paymentChoices(cart: Cart, cookies: AstroCookies): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! }, authHeaders(cookies))
  return payment_providers.map((p) => p.id).filter((id) => id !== STRIPE || !!stripePublishableKey())
}

export interface AddressForm {
  full_name: string
  phone: string
  email: string
  province: string
  ward: string
  street: string
}

export function readAddressForm(form: FormData): AddressForm {
  const get = (k: string) => String(form.get(k) ?? "").trim()
  return { full_name: get("full_name"), phone: get("phone"), email: get("email"), province: get("province"), ward: get("ward"), street: get("street") }
}

/** Saves the delivery address; the backend checks it (phone, one of the 34 provinces, ward, street). */
export async function saveAddress(cart: Cart, a: AddressForm, cookies: AstroCookies) {
  try {
    await sdk.store.cart.update(
      cart.id,
      {
        ...(a.email ? { email: a.email } : {}),
        shipping_address: { first_name: a.full_name, phone: a.phone, province: a.province, city: a.ward, address_1: a.street, country_code: "vn" },
      },
      { fields: "id" },
      authHeaders(cookies)
    )
  } catch (e) {
    throw new CartError((e as Error).message)
  }
}

/**
 * Places the order: delivery method, payment session, completion. Prices are
 * recomputed by Medusa at each step; nothing the browser sends is trusted.
 * Returns the order id; a refusal (e.g. stock ran out) throws CartError.
 */
export async function placeOrder(
  cart: Cart,
  choice: { optionId: string; salesPointId?: string; providerId: string },
  cookies: AstroCookies
): Promise<{ orderId: string } | { cardPayment: string }> {
  const headers = authHeaders(cookies)
  try {
    await sdk.store.cart.addShippingMethod(
      cart.id,
      { option_id: choice.optionId, data: choice.salesPointId ? { sales_point_id: choice.salesPointId } : {} },
      { fields: "id" },
      headers
    )
    const { cart: fresh } = await sdk.store.cart.retrieve(cart.id, { fields: CART_FIELDS }, headers)
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(fresh, { provider_id: choice.providerId }, { fields: "*payment_sessions" }, headers)
    if (choice.providerId === STRIPE) {
      // the card is charged in the browser (Stripe's form); the order is completed when the shopper returns
      const session = payment_collection.payment_sessions?.find((s) => s.provider_id === STRIPE)
      return { cardPayment: String((session?.data as { client_secret?: string })?.client_secret ?? "") }
    }
    return { orderId: await completeCart(cart.id, cookies) }
  } catch (e) {
    if (e instanceof ShopBusyError) throw e
    throw isPassingFault(e) ? new ShopBusyError(e) : new CartError((e as Error).message)
  }
}

/**
 * Turns the cart into an order; Medusa authorizes the payment session first
 * (for cards: asks Stripe). A passing fault (503, backend restarting) is tried
 * once more — safe, the backend gives a cart one order however often it is
 * asked — then becomes ShopBusyError; the cart cookie is kept until an order exists.
 */
export async function completeCart(cartId: string, cookies: AstroCookies): Promise<string> {
  try {
    const result = await retryOnceIfPassing(() => sdk.store.cart.complete(cartId, {}, authHeaders(cookies)))
    if (result.type !== "order") throw new Error(result.error?.message ?? "The order could not be placed")
    forgetCart(cookies)
    return result.order.id
  } catch (e) {
    if (e instanceof ShopBusyError) throw e
    throw new CartError((e as Error).message)
  }
}
