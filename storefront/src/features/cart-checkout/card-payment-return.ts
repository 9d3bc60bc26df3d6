import type { AstroGlobal } from "astro"
import { CartError } from "./cart"
import { completeCart } from "./checkout"
import { localePath, type Locale } from "../../lib/i18n"
import { ShopBusyError } from "../../lib/passing-fault"
import { cartId } from "../../lib/session"
import { cartWords } from "./words"

/** Back from Stripe: the card was charged (or not); complete the order, which Medusa checks with Stripe. */
export async function returnFromCard(astro: AstroGlobal, locale: Locale): Promise<Response | string> {
  const id = cartId(astro.cookies)
  if (!id) return astro.redirect(localePath(locale, "/gio-hang"), 303)
  try {
    return astro.redirect(localePath(locale, `/don-hang/${await completeCart(id, astro.cookies)}?moi`), 303)
  } catch (e) {
    if (e instanceof ShopBusyError) {
      astro.response.status = 503
      astro.response.headers.set("Retry-After", "5")
      return cartWords(locale).shopBusy
    }
    if (!(e instanceof CartError)) throw e
    astro.response.status = 402
    return e.message
  }
}
