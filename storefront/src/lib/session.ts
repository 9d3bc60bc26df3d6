import type { AstroCookies } from "astro"

// What the shop remembers about a visitor, in cookies: the cart (persisted
// across visits, it lives in Medusa), its item count for the header badge,
// the signed-in customer's token and the producer portal member's token.
const YEAR = 60 * 60 * 24 * 365
const secure = process.env.NODE_ENV === "production"

export const CART_COOKIE = "ocop_cart"
export const CART_COUNT_COOKIE = "ocop_cart_count"
export const AUTH_COOKIE = "ocop_auth"
export const PRODUCER_COOKIE = "ocop_producer"

export function cartId(cookies: AstroCookies): string | undefined {
  return cookies.get(CART_COOKIE)?.value
}

export function rememberCart(cookies: AstroCookies, id: string, count: number) {
  cookies.set(CART_COOKIE, id, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: YEAR })
  // readable by the page script that shows the count; holds nothing private
  cookies.set(CART_COUNT_COOKIE, String(count), { path: "/", sameSite: "lax", secure, maxAge: YEAR })
}

export function forgetCart(cookies: AstroCookies) {
  cookies.delete(CART_COOKIE, { path: "/" })
  cookies.delete(CART_COUNT_COOKIE, { path: "/" })
}

export function authHeaders(cookies: AstroCookies): Record<string, string> {
  const token = cookies.get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export function rememberAuth(cookies: AstroCookies, token: string) {
  cookies.set(AUTH_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 * 7 })
}

export function forgetAuth(cookies: AstroCookies) {
  cookies.delete(AUTH_COOKIE, { path: "/" })
}

/** The producer portal member's token (the portal's server side and its /api/producer proxy send it on). */
export function producerToken(cookies: AstroCookies): string | undefined {
  return cookies.get(PRODUCER_COOKIE)?.value
}

export function rememberProducer(cookies: AstroCookies, token: string) {
  cookies.set(PRODUCER_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 })
}

export function forgetProducer(cookies: AstroCookies) {
  cookies.delete(PRODUCER_COOKIE, { path: "/" })
}
