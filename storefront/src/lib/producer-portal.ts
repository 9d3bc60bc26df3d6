import type { ProducerOrderView, ProducerProductView, ProducerSalesView } from "@ocop/shared"
import type { AstroCookies } from "astro"
import { sdk } from "./medusa"

// The producer portal talks to the backend's /producer routes with the
// member's token, kept in its own httpOnly cookie (never in page scripts).
const secure = process.env.NODE_ENV === "production"
export const PRODUCER_COOKIE = "ocop_producer"

export class PortalError extends Error {
  constructor(message: string, readonly status: number) {
    super(message)
  }
}

function auth(cookies: AstroCookies): Record<string, string> {
  const token = cookies.get(PRODUCER_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export function signedIn(cookies: AstroCookies): boolean {
  return !!cookies.get(PRODUCER_COOKIE)?.value
}

export function signOutProducer(cookies: AstroCookies) {
  cookies.delete(PRODUCER_COOKIE, { path: "/" })
}

function remember(cookies: AstroCookies, token: string) {
  cookies.set(PRODUCER_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 })
}

async function call<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; query?: Record<string, unknown> } = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, init as never)
  } catch (e) {
    const err = e as { status?: number; message?: string }
    throw new PortalError(err.message ?? "Request failed", err.status ?? 500)
  }
}

/** GET/POST one of the signed-in member's /producer routes; a 401 signs them out. */
export async function producerApi<T>(cookies: AstroCookies, path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  try {
    return await call<T>(`/producer${path}`, { ...init, headers: auth(cookies) })
  } catch (e) {
    if (e instanceof PortalError && e.status === 401) signOutProducer(cookies)
    throw e
  }
}

const tokenOf = (path: string, email: string, password: string) =>
  call<{ token: string }>(path, { method: "POST", body: { email, password } }).then((r) => r.token)

export async function signInProducer(cookies: AstroCookies, email: string, password: string) {
  const token = await tokenOf("/auth/producer/emailpass", email, password)
  // a login that is not (or no longer) a member has no portal
  await call("/producer/me", { headers: { authorization: `Bearer ${token}` } })
  remember(cookies, token)
}

/** Registers (or signs in) with the invited e-mail, accepts the invitation, then signs in as the member. */
export async function acceptInvite(cookies: AstroCookies, input: { token: string; email: string; password: string; name: string }) {
  if (input.password.length < 8) throw new PortalError("password", 400)
  const registration = await tokenOf("/auth/producer/emailpass/register", input.email, input.password).catch(() =>
    tokenOf("/auth/producer/emailpass", input.email, input.password)
  )
  await call("/producer-invites/accept", {
    method: "POST",
    body: { token: input.token, ...(input.name ? { name: input.name } : {}) },
    headers: { authorization: `Bearer ${registration}` },
  })
  await signInProducer(cookies, input.email, input.password)
}

export interface PortalMe {
  member: { id: string; email: string }
  producer: { id: string; handle: string; name: string; province: string }
}

export const portalMe = (cookies: AstroCookies) => producerApi<PortalMe>(cookies, "/me")
export const portalSales = (cookies: AstroCookies) => producerApi<{ sales: ProducerSalesView }>(cookies, "/sales", { query: { days: 30 } }).then((r) => r.sales)
export const portalProducts = (cookies: AstroCookies, offset = 0) =>
  producerApi<{ products: ProducerProductView[]; count: number }>(cookies, "/products", { query: { limit: 50, offset } })
export const portalProduct = (cookies: AstroCookies, id: string) =>
  producerApi<{ product: ProducerProductView }>(cookies, `/products/${encodeURIComponent(id)}`).then((r) => r.product)
export const portalOrders = (cookies: AstroCookies, offset = 0) =>
  producerApi<{ orders: ProducerOrderView[]; count: number }>(cookies, "/orders", { query: { limit: 50, offset } })
export const shipOrder = (cookies: AstroCookies, id: string, tracking: string) =>
  producerApi(cookies, `/orders/${encodeURIComponent(id)}/ship`, { method: "POST", body: tracking ? { tracking_number: tracking } : {} })
