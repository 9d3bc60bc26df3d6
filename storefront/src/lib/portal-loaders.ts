import type { ProducerOrderView, ProducerProductView, ProducerSalesView } from "@ocop/shared"
import type { AstroGlobal } from "astro"
import type { Locale } from "./i18n"
import { portalGate } from "./portal-pages"
import { PortalError, portalOrders, portalProduct, portalProducts, portalSales, shipOrder, type PortalMe } from "./producer-portal"

type Gate = { me: PortalMe | null; error: string | null }
const gate = portalGate

export async function loadDashboard(astro: AstroGlobal, locale: Locale): Promise<(Gate & { sales: ProducerSalesView | null }) | Response> {
  const g = await gate(astro, locale)
  if (g instanceof Response) return g
  return { ...g, sales: g.me ? await portalSales(astro.cookies) : null }
}

export async function loadPortalProducts(astro: AstroGlobal, locale: Locale): Promise<(Gate & { products: ProducerProductView[] }) | Response> {
  const g = await gate(astro, locale)
  if (g instanceof Response) return g
  return { ...g, products: g.me ? (await portalProducts(astro.cookies)).products : [] }
}

/** null product = a new one; a product that is not the producer's answers 404. */
export async function loadPortalProduct(astro: AstroGlobal, locale: Locale, id: string | null): Promise<(Gate & { product: ProducerProductView | null }) | Response> {
  const g = await gate(astro, locale)
  if (g instanceof Response) return g
  if (!g.me || !id) return { ...g, product: null }
  try {
    return { ...g, product: await portalProduct(astro.cookies, id) }
  } catch (e) {
    if (e instanceof PortalError && e.status === 404) return new Response(null, { status: 404 })
    throw e
  }
}

export async function loadPortalOrders(astro: AstroGlobal, locale: Locale): Promise<(Gate & { orders: ProducerOrderView[] }) | Response> {
  const g = await gate(astro, locale)
  if (g instanceof Response) return g
  if (g.me && astro.request.method === "POST") {
    const form = await astro.request.formData()
    if (form.get("intent") === "ship") {
      try {
        await shipOrder(astro.cookies, String(form.get("order_id") ?? ""), String(form.get("tracking") ?? "").trim())
        return astro.redirect(astro.url.pathname, 303)
      } catch (e) {
        g.error = (e as Error).message
        astro.response.status = e instanceof PortalError && e.status < 500 ? e.status : 400
      }
    }
  }
  return { ...g, orders: g.me ? (await portalOrders(astro.cookies)).orders : [] }
}
