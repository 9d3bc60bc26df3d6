import type { ProducerOrderView, ProducerProductView, ProducerSalesView, StampBatch } from "@ocop/shared"
import type { AstroGlobal } from "astro"
import type { Locale } from "../../lib/i18n"
import {
  allPortalProducts,
  PortalError,
  portalAttention,
  portalOrder,
  portalOrders,
  portalProduct,
  portalProducts,
  portalSales,
  portalStampBatches,
  requestStamps,
  saveProduct,
  shipOrder,
  type OrderTab,
  type PortalAttention,
} from "./backend"
import { problemsByField } from "./field-messages"
import { portalGate, type Gate } from "./gate"
import { sizeNumberProblems, wholeNumber } from "./islands/editor-form"
import { emptyStampValues, stampable, stampBody, stampErrors, stampValues, type StampValues } from "./stamp-form"
import { portalWords } from "./words"

// Page loaders of the portal: each runs the gate (sign-in) first, handles its
// page's form (post–redirect–get) and reads what the view shows.

type Loaded<T> = Promise<(Gate & T) | Response>

export async function loadDashboard(astro: AstroGlobal, locale: Locale): Loaded<{ sales: ProducerSalesView | null; attention: PortalAttention | null }> {
  const g = await portalGate(astro, locale)
  if (g instanceof Response || !g.me) return g instanceof Response ? g : { ...g, sales: null, attention: null }
  const [sales, attention] = await Promise.all([portalSales(astro.cookies), portalAttention(astro.cookies)])
  return { ...g, sales, attention }
}

export async function loadPortalProducts(astro: AstroGlobal, locale: Locale): Loaded<{ products: ProducerProductView[]; created: ProducerProductView | null }> {
  const g = await portalGate(astro, locale)
  if (g instanceof Response) return g
  const products = g.me ? (await portalProducts(astro.cookies)).products : []
  const createdId = astro.url.searchParams.get("created")
  return { ...g, products, created: products.find((p) => p.id === createdId) ?? null }
}

/** null product = a new one; a product that is not the producer's answers 404. */
export async function loadPortalProduct(astro: AstroGlobal, locale: Locale, id: string | null): Loaded<{ product: ProducerProductView | null }> {
  const g = await portalGate(astro, locale)
  if (g instanceof Response) return g
  if (!g.me || !id) return { ...g, product: null }
  try {
    return { ...g, product: await portalProduct(astro.cookies, id) }
  } catch (e) {
    if (e instanceof PortalError && e.status === 404) return new Response(null, { status: 404 })
    throw e
  }
}

export interface StockRow {
  id: string
  title: string
  price: string
  stock: string
  reserved: number
}

/** The quick price-and-stock screen: one small form, no JavaScript needed. */
export async function loadQuickStock(
  astro: AstroGlobal,
  locale: Locale,
  id: string
): Loaded<{ product: ProducerProductView | null; rows: StockRow[]; errors: Record<string, string>; saved: boolean }> {
  const loaded = await loadPortalProduct(astro, locale, id)
  if (loaded instanceof Response || !loaded.product) return loaded instanceof Response ? loaded : { ...loaded, rows: [], errors: {}, saved: false }
  const product = loaded.product
  const saved = astro.url.searchParams.has("saved")
  let rows: StockRow[] = product.variants.map((v) => ({ id: v.id, title: v.title, price: String(v.price), stock: String(v.stock), reserved: v.reserved }))
  if (astro.request.method !== "POST" || !loaded.me) return { ...loaded, rows, errors: {}, saved }
  const form = await astro.request.formData()
  if (form.get("intent") !== "stock") return { ...loaded, rows, errors: {}, saved }
  rows = rows.map((r, i) => ({ ...r, price: String(form.get(`variants.${i}.price`) ?? ""), stock: String(form.get(`variants.${i}.stock`) ?? "") }))
  const w = portalWords(locale)
  let errors: Record<string, string> = Object.assign({}, ...rows.map((r, i) => sizeNumberProblems(i, r.price, r.stock, w)))
  if (!Object.keys(errors).length) {
    try {
      await saveProduct(astro.cookies, product.id, {
        variants: rows.map((r) => ({ id: r.id, title: r.title, price: wholeNumber(r.price), stock: wholeNumber(r.stock) })),
      })
      return astro.redirect(`${astro.url.pathname}?saved=1`, 303)
    } catch (e) {
      if (!(e instanceof PortalError) || e.status >= 500 || !e.problems.length) throw e
      errors = problemsByField(e.problems, w)
    }
  }
  astro.response.status = 400
  return { ...loaded, rows, errors, saved: false }
}

export async function loadPortalOrders(
  astro: AstroGlobal,
  locale: Locale
): Loaded<{ orders: ProducerOrderView[]; tab: OrderTab; counts: { all: number; to_ship: number } | null; shipped: ProducerOrderView | null; shipError: { order_id: string; message: string } | null }> {
  const g = await portalGate(astro, locale)
  if (g instanceof Response) return g
  const tab: OrderTab = astro.url.searchParams.get("tab") === "all" ? "all" : "to_ship"
  let shipError: { order_id: string; message: string } | null = null
  if (g.me && astro.request.method === "POST") {
    const form = await astro.request.formData()
    const orderId = String(form.get("order_id") ?? "")
    if (form.get("intent") === "ship") {
      const tracking_number = String(form.get("tracking_number") ?? "").trim()
      const carrier = String(form.get("carrier") ?? "").trim()
      try {
        await shipOrder(astro.cookies, orderId, { ...(tracking_number ? { tracking_number } : {}), ...(carrier ? { carrier } : {}) })
        // back to the same list, at the confirmation of this order
        return astro.redirect(`${astro.url.pathname}?tab=${tab}&shipped=${encodeURIComponent(orderId)}#shipped`, 303)
      } catch (e) {
        if (!(e instanceof PortalError) || e.status >= 500) throw e
        const w = portalWords(locale)
        const fields = problemsByField(e.problems, w)
        shipError = { order_id: orderId, message: Object.values(fields)[0] ?? e.message }
        astro.response.status = e.status
      }
    }
  }
  if (!g.me) return { ...g, orders: [], tab, counts: null, shipped: null, shipError }
  const shippedId = astro.url.searchParams.get("shipped")
  const [list, shipped] = await Promise.all([
    portalOrders(astro.cookies, tab),
    shippedId ? portalOrder(astro.cookies, shippedId).catch(() => null) : Promise.resolve(null),
  ])
  return { ...g, orders: list.orders.filter((o) => o.id !== shipped?.id), tab, counts: list.counts ?? null, shipped, shipError }
}

export interface StampsPage {
  /** newest first, each with its product's title */
  batches: (StampBatch & { product_title: string })[]
  /** the products stamps can be asked for (verified, certificate in date) */
  products: Pick<ProducerProductView, "id" | "title">[]
  /** how many of the producer's products cannot get stamps yet */
  ineligible: number
  values: StampValues
  errors: Record<string, string>
  /** the batch just asked for (after the redirect) */
  requested: (StampBatch & { product_title: string }) | null
}

/** The stamps page: the producer's requests and batches, and the request form (no JavaScript; post–redirect–get). */
export async function loadStamps(astro: AstroGlobal, locale: Locale): Loaded<StampsPage> {
  const g = await portalGate(astro, locale)
  if (g instanceof Response) return g
  const empty: StampsPage = { batches: [], products: [], ineligible: 0, values: emptyStampValues(), errors: {}, requested: null }
  if (!g.me) return { ...g, ...empty }
  let values = emptyStampValues()
  let errors: Record<string, string> = {}
  if (astro.request.method === "POST") {
    const form = await astro.request.formData()
    if (form.get("intent") === "stamps") {
      values = stampValues(form)
      const w = portalWords(locale)
      try {
        const batch = await requestStamps(astro.cookies, stampBody(values))
        return astro.redirect(`${astro.url.pathname}?requested=${encodeURIComponent(batch.id)}#requested`, 303)
      } catch (e) {
        if (!(e instanceof PortalError) || e.status >= 500) throw e
        const refused = stampErrors(e.status, e.message, e.problems, w)
        if (!refused) throw e
        errors = refused
        astro.response.status = e.status === 404 ? 400 : e.status
      }
    }
  }
  const [all, { batches }] = await Promise.all([allPortalProducts(astro.cookies), portalStampBatches(astro.cookies)])
  const titles = new Map(all.map((p) => [p.id, p.title]))
  // a product chosen before it could no longer get stamps stays chosen, beside the reason why
  const products = all.filter((p) => stampable(p) || (errors.product_id && p.id === values.product_id)).map((p) => ({ id: p.id, title: p.title }))
  // one product to choose from: it is chosen already
  if (!values.product_id && products.length === 1) values.product_id = products[0].id
  const rows = batches.map((b) => ({ ...b, product_title: titles.get(b.product_id) ?? "—" }))
  const requestedId = astro.url.searchParams.get("requested")
  return {
    ...g,
    batches: rows,
    products,
    ineligible: all.filter((p) => !stampable(p)).length,
    values,
    errors,
    requested: requestedId ? (rows.find((b) => b.id === requestedId) ?? null) : null,
  }
}
