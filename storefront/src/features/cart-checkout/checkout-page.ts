import type { AstroGlobal } from "astro"
import { CartError, getCart } from "./cart"
import { completeCart, deliveryChoices, paymentChoices, pickupPoints, placeOrder, readAddressForm, saveAddress, type AddressForm } from "./checkout"
import { localePath, type Locale } from "../../lib/i18n"
import { ShopBusyError } from "../../lib/passing-fault"
import { cartWords } from "./words"

export type CheckoutData = Awaited<ReturnType<typeof loadCheckout>>

/**
 * The checkout in two steps on one page: the address, then delivery and
 * payment. Plain forms posted to the server, which talks to Medusa; answers
 * are redirects (PRG) or the page again with the reason something was refused.
 */
export async function loadCheckout(astro: AstroGlobal, locale: Locale) {
  const cart = await getCart(astro.cookies, { completed: true })
  // placed already (the answer was lost to a fault): the backend gives back that order, never a second one
  if (cart?.completed_at) return { redirect: astro.redirect(localePath(locale, `/don-hang/${await completeCart(cart.id, astro.cookies)}?moi`), 303) }
  if (!cart?.items?.length) return { redirect: astro.redirect(localePath(locale, "/gio-hang"), 303) }
  let error: string | null = null
  let form: AddressForm | null = null
  if (astro.request.method === "POST") {
    const data = await astro.request.formData()
    try {
      if (data.get("intent") === "address") {
        form = readAddressForm(data)
        await saveAddress(cart, form, astro.cookies)
        return { redirect: astro.redirect(localePath(locale, "/thanh-toan"), 303) }
      }
      const [optionId, kind] = String(data.get("delivery") ?? "").split(":")
      const placed = await placeOrder(
        cart,
        {
          optionId,
          salesPointId: kind === "pickup" ? String(data.get("sales_point_id") ?? "") : undefined,
          providerId: String(data.get("payment") ?? ""),
        },
        astro.cookies
      )
      if ("cardPayment" in placed) {
        return { redirect: null, cart, step: "card" as const, clientSecret: placed.cardPayment, error, form, choices: [], points: [], providers: [] }
      }
      return { redirect: astro.redirect(localePath(locale, `/don-hang/${placed.orderId}?moi`), 303) }
    } catch (e) {
      if (e instanceof ShopBusyError) {
        // nothing was lost: the cart and the shopper's choices stay; a new press places it (or finds the order placed)
        error = cartWords(locale).shopBusy
        astro.response.status = 503
        astro.response.headers.set("Retry-After", "5")
      } else if (e instanceof CartError) {
        error = e.message
        astro.response.status = 400
      } else throw e
    }
  }
  // only a refused POST may have changed the cart since it was read above
  const fresh = error ? ((await getCart(astro.cookies)) ?? cart) : cart
  const step: "address" | "delivery" = !fresh.shipping_address?.province || astro.url.searchParams.get("buoc") === "dia-chi" || form ? "address" : "delivery"
  const [choices, points, providers] =
    step === "delivery" ? await Promise.all([deliveryChoices(fresh, astro.cookies), pickupPoints(fresh), paymentChoices(fresh, astro.cookies)]) : [[], [], []]
  return { redirect: null, cart: fresh, step, clientSecret: null as string | null, error, form, choices, points, providers }
}
