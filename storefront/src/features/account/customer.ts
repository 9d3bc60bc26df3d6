import type { HttpTypes } from "@medusajs/types"
import type { AstroCookies, AstroGlobal } from "astro"
import { readAddressForm } from "../cart-checkout/checkout"
import { localePath, type Locale } from "../../lib/i18n"
import { sdk } from "../../lib/medusa"
import { listMyOrders, type Order } from "../cart-checkout/orders"
import { authHeaders, cartId, forgetAuth, rememberAuth } from "../../lib/session"

// Customer accounts through Medusa's emailpass auth. Tokens are exchanged on
// the server and kept in an httpOnly cookie; the shared SDK never stores one.

async function token(path: string, email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>(path, { method: "POST", body: { email, password } })
  return token
}

export class AccountError extends Error {}

export async function signIn(cookies: AstroCookies, email: string, password: string) {
  try {
    rememberAuth(cookies, await token("/auth/customer/emailpass", email, password))
  } catch (e) {
    // 429: the backend's budget of failed sign-ins for this account is spent
    throw new AccountError((e as { status?: number }).status === 429 ? "locked" : "wrong")
  }
  await claimCart(cookies)
}

export async function register(cookies: AstroCookies, input: { email: string; password: string; name: string }) {
  try {
    const registration = await token("/auth/customer/emailpass/register", input.email, input.password)
    await sdk.store.customer.create({ email: input.email, first_name: input.name }, {}, { authorization: `Bearer ${registration}` })
  } catch (e) {
    throw new AccountError((e as Error).message)
  }
  await signIn(cookies, input.email, input.password)
}

/** A cart filled before signing in becomes the customer's. */
async function claimCart(cookies: AstroCookies) {
  const id = cartId(cookies)
  if (id) await sdk.store.cart.transferCart(id, { fields: "id" }, authHeaders(cookies)).catch(() => {})
}

export async function currentCustomer(cookies: AstroCookies): Promise<HttpTypes.StoreCustomer | null> {
  if (!authHeaders(cookies).authorization) return null
  try {
    return (await sdk.store.customer.retrieve({ fields: "id,email,first_name,*addresses" }, authHeaders(cookies))).customer
  } catch {
    forgetAuth(cookies)
    return null
  }
}

export type AccountData = {
  customer: HttpTypes.StoreCustomer | null
  orders: Order[]
  error: string | null
  mode: "signin" | "register"
}

/** The account page: sign-in and registration forms, or the customer's orders and addresses. */
export async function loadAccount(astro: AstroGlobal, locale: Locale): Promise<AccountData | Response> {
  let error: string | null = null
  const mode = astro.url.searchParams.get("dang-ky") !== null ? "register" : "signin"
  if (astro.request.method === "POST") {
    const form = await astro.request.formData()
    const get = (k: string) => String(form.get(k) ?? "").trim()
    try {
      const intent = get("intent")
      if (intent === "signin") await signIn(astro.cookies, get("email"), String(form.get("password") ?? ""))
      else if (intent === "register") await register(astro.cookies, { email: get("email"), password: String(form.get("password") ?? ""), name: get("name") })
      else if (intent === "signout") forgetAuth(astro.cookies)
      else if (intent === "address") {
        const a = readAddressForm(form)
        await sdk.store.customer.createAddress(
          { first_name: a.full_name, phone: a.phone, province: a.province, city: a.ward, address_1: a.street, country_code: "vn" },
          {},
          authHeaders(astro.cookies)
        )
      }
      return astro.redirect(localePath(locale, "/tai-khoan"), 303)
    } catch (e) {
      error = e instanceof AccountError ? e.message : (e as Error).message
      astro.response.status = error === "wrong" ? 401 : error === "locked" ? 429 : 400
    }
  }
  const customer = await currentCustomer(astro.cookies)
  const orders = customer ? await listMyOrders(astro.cookies) : []
  return { customer, orders, error, mode }
}
