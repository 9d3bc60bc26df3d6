import type { AstroGlobal } from "astro"
import { addToCart, CartError, setQuantity } from "./cart"
import { localePath, type Locale } from "../../lib/i18n"
import { cartWords } from "./words"

const quantityOf = (v: FormDataEntryValue | null) => Math.min(999, Math.max(0, Math.floor(Number(v ?? 1)) || 0))

/**
 * The cart page's form actions (add from a product page, change or remove a
 * line), answered with a redirect so reloading never repeats them. Works
 * without JavaScript.
 */
export async function handleCartPost(astro: AstroGlobal, locale: Locale): Promise<Response> {
  const form = await astro.request.formData()
  const cartPath = localePath(locale, "/gio-hang")
  try {
    if (form.get("intent") === "add") {
      await addToCart(astro.cookies, String(form.get("variant_id")), Math.max(1, quantityOf(form.get("quantity"))))
      const back = String(form.get("back") ?? "")
      // only back to a page of this shop
      return astro.redirect(back.startsWith("/") && !back.startsWith("//") ? `${back}?added=1` : `${cartPath}?added=1`, 303)
    }
    await setQuantity(astro.cookies, String(form.get("line_id")), form.get("intent") === "remove" ? 0 : quantityOf(form.get("quantity")))
    return astro.redirect(cartPath, 303)
  } catch (e) {
    if (!(e instanceof CartError)) throw e
    // Medusa says it in English; the shopper reads their own language
    const message = /inventory/i.test(e.message) ? cartWords(locale).notEnoughStock : e.message
    return astro.redirect(`${cartPath}?error=${encodeURIComponent(message.slice(0, 300))}`, 303)
  }
}
