import type { ProducerOrderView, ProducerProductView, ProducerSalesView, StampBatch } from "@ocop/shared"
import type { AstroCookies } from "astro"
import { BACKEND_URL } from "../../lib/medusa"
import { forgetProducer, producerToken, rememberProducer } from "../../lib/session"
import { PortalError } from "./portal-error"
import { portalFetch } from "./transport"

export { PortalError }

// The portal's server side talks to the backend's /producer routes with the
// member's token, kept in its own httpOnly cookie (lib/session.ts, never in
// page scripts), through the portal's one transport (transport.ts).

function auth(cookies: AstroCookies): Record<string, string> {
  const token = producerToken(cookies)
  return token ? { authorization: `Bearer ${token}` } : {}
}

export function signedIn(cookies: AstroCookies): boolean {
  return !!producerToken(cookies)
}

export const signOutProducer = forgetProducer

type Init = { method?: string; body?: unknown; headers?: Record<string, string>; query?: Record<string, unknown> }

async function call<T>(path: string, init: Init = {}): Promise<T> {
  const url = new URL(path, BACKEND_URL)
  for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v))
  return portalFetch<T>(
    url,
    {
      method: init.method ?? "GET",
      headers: { ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    },
    { status: 503, message: "backend unreachable" }
  )
}

/** GET/POST one of the signed-in member's /producer routes; a 401 signs them out. */
export async function producerApi<T>(cookies: AstroCookies, path: string, init: Init = {}): Promise<T> {
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
  rememberProducer(cookies, token)
}

export interface InviteInfo {
  email: string
  producer: { name: string }
  expires_at: string
  status: "open" | "used" | "expired"
}

export const inviteInfo = (token: string) =>
  call<{ invite: InviteInfo }>(`/producer-invites/${encodeURIComponent(token)}`).then((r) => r.invite)

/** Registers (or signs in) with the invited e-mail, accepts the invitation, then signs in as the member. */
export async function acceptInvite(cookies: AstroCookies, input: { token: string; email: string; password: string; name: string }) {
  let registration: string
  try {
    registration = await tokenOf("/auth/producer/emailpass/register", input.email, input.password)
  } catch (e) {
    // the address has a login already (e.g. an earlier attempt): its password must match
    registration = await tokenOf("/auth/producer/emailpass", input.email, input.password).catch(() => {
      throw new PortalError("existing login", 409)
    })
  }
  await call("/producer-invites/accept", {
    method: "POST",
    body: { token: input.token, ...(input.name ? { name: input.name } : {}) },
    headers: { authorization: `Bearer ${registration}` },
  })
  await signInProducer(cookies, input.email, input.password)
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export const requestPasswordReset = (email: string) =>
  call("/auth/producer/emailpass/reset-password", { method: "POST", body: { identifier: email } })

export const resetPassword = (token: string, email: string, password: string) =>
  call("/auth/producer/emailpass/update", { method: "POST", body: { email, password }, headers: { authorization: `Bearer ${token}` } })

export interface PortalMe {
  member: { id: string; email: string }
  producer: { id: string; handle: string; name: string; province: string }
}

export interface PortalAttention {
  orders_to_ship: number
  products_rejected: number
  products_pending: number
}

export type OrderTab = "to_ship" | "all"

export const portalMe = (cookies: AstroCookies) => producerApi<PortalMe>(cookies, "/me")
export const portalAttention = (cookies: AstroCookies) => producerApi<PortalAttention>(cookies, "/attention")
export const portalSales = (cookies: AstroCookies) => producerApi<{ sales: ProducerSalesView }>(cookies, "/sales", { query: { days: 30 } }).then((r) => r.sales)
export const portalProducts = (cookies: AstroCookies, offset = 0) =>
  producerApi<{ products: ProducerProductView[]; count: number }>(cookies, "/products", { query: { limit: 50, offset } })
export const portalProduct = (cookies: AstroCookies, id: string) =>
  producerApi<{ product: ProducerProductView }>(cookies, `/products/${encodeURIComponent(id)}`).then((r) => r.product)
export const saveProduct = (cookies: AstroCookies, id: string, body: Record<string, unknown>) =>
  producerApi<{ product: ProducerProductView }>(cookies, `/products/${encodeURIComponent(id)}`, { method: "POST", body }).then((r) => r.product)
export const portalOrders = (cookies: AstroCookies, tab: OrderTab, offset = 0) =>
  producerApi<{ orders: ProducerOrderView[]; count: number; counts?: { all: number; to_ship: number } }>(cookies, "/orders", {
    query: { limit: 50, offset, ...(tab === "to_ship" ? { status: "to_ship" } : {}) },
  })
export const portalOrder = (cookies: AstroCookies, id: string) =>
  producerApi<{ order: ProducerOrderView }>(cookies, `/orders/${encodeURIComponent(id)}`).then((r) => r.order)
export const shipOrder = (cookies: AstroCookies, id: string, shipment: { tracking_number?: string; carrier?: string }) =>
  producerApi(cookies, `/orders/${encodeURIComponent(id)}/ship`, { method: "POST", body: shipment })

/** Every one of the producer's products (the portal pages through them 50 at a time). */
export async function allPortalProducts(cookies: AstroCookies): Promise<ProducerProductView[]> {
  const all: ProducerProductView[] = []
  for (;;) {
    const { products, count } = await portalProducts(cookies, all.length)
    all.push(...products)
    if (!products.length || all.length >= count) return all
  }
}

/** The producer's stamp requests and issued batches, newest first. */
export const portalStampBatches = (cookies: AstroCookies, offset = 0) =>
  producerApi<{ batches: StampBatch[]; count: number }>(cookies, "/stamp-batches", { query: { limit: 50, offset } })

/** Asks staff for a batch of stamps for one certified product (400: field problems or not certified; 404: not theirs). */
export const requestStamps = (cookies: AstroCookies, body: Record<string, unknown>) =>
  producerApi<{ batch: StampBatch }>(cookies, "/stamp-batches", { method: "POST", body }).then((r) => r.batch)
