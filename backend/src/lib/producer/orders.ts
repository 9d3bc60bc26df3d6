import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  paymentMethodOf,
  provinceByCode,
  verificationStatus,
  type ProducerAttention,
  type ProducerOrderFilter,
  type ProducerOrderView,
  type ProducerSalesView,
} from "@ocop/shared"
import { SHIPMENT_FIELDS, shipmentsOf } from "../orders/shipments"
import { producerProductIds } from "./ownership"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "payment_status",
  "fulfillment_status",
  "total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_methods.name",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_title",
  "items.variant_sku",
  "items.detail.quantity",
  "items.unit_price",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "payment_collections.status",
  "payment_collections.captured_amount",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payment_sessions.provider_id",
  ...SHIPMENT_FIELDS,
]

// A row of query.graph with nested links, read by field name: the generated entity types do not
// cover the link fields asked for here (payment collections, inventory levels, prices…).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Row = Record<string, any>

/** One of the producer's order lines, at its order's current version. */
interface OwnLine {
  order_id: string
  created_at: number
  status: string
  product_id: string
  title: string
  quantity: number
  fulfilled_quantity: number
  unit_price: number
}

/** An order holding any of the producer's products, and whether any of the producer's lines still waits to leave the warehouse. */
interface OwnOrder {
  id: string
  created_at: number
  status: string
  has_to_ship: boolean
}

// The order module keeps a row per order line and version (order_item); the
// one at the order's own version is the line as it now stands. Read through
// query.graph (the order module's own entities), not its tables. Counting,
// filtering and paging happen here over every line of the producer's products
// ever ordered, so the cost grows with the producer's order history (one
// query, one row per line and version); not measured at scale yet: if a
// producer's portal slows, measure (tests/bench) before going back to SQL.
async function producerOrderLines(container: MedusaContainer, productIds: string[]): Promise<OwnLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_item",
    fields: [
      "version",
      "quantity",
      "fulfilled_quantity",
      "item.product_id",
      "item.title",
      "item.unit_price",
      "order.id",
      "order.version",
      "order.status",
      "order.created_at",
    ],
    filters: { item: { product_id: productIds } },
  })
  return (data as Row[])
    .filter((r) => r.order && r.item && r.version === r.order.version)
    .map((r) => ({
      order_id: r.order.id,
      created_at: new Date(r.order.created_at).getTime(),
      status: String(r.order.status),
      product_id: r.item.product_id,
      title: r.item.title,
      quantity: Number(r.quantity ?? 0),
      fulfilled_quantity: Number(r.fulfilled_quantity ?? 0),
      unit_price: Number(r.item.unit_price ?? 0),
    }))
}

/** The producer's orders, newest first. */
function ordersOf(lines: OwnLine[]): OwnOrder[] {
  const orders = new Map<string, OwnOrder>()
  for (const l of lines) {
    const o = orders.get(l.order_id) ?? { id: l.order_id, created_at: l.created_at, status: l.status, has_to_ship: false }
    o.has_to_ship ||= l.quantity > l.fulfilled_quantity
    orders.set(l.order_id, o)
  }
  return [...orders.values()].sort((a, b) => b.created_at - a.created_at)
}

const toShip = (o: OwnOrder) => o.has_to_ship && o.status !== "canceled"

const countsOf = (orders: OwnOrder[]) => ({ all: orders.length, to_ship: orders.filter(toShip).length })

/** The provider the buyer paid (or chose to pay) with: a payment if there is one, else the session. */
function providerOf(order: Row): string | null {
  const collections: Row[] = (order.payment_collections ?? []).filter(Boolean)
  const payment = collections.flatMap((c) => c.payments ?? []).find((p: Row | null) => p?.provider_id)
  const session = collections.flatMap((c) => c.payment_sessions ?? []).find((p: Row | null) => p?.provider_id)
  return payment?.provider_id ?? session?.provider_id ?? null
}

/** What the courier collects: the whole order for cash on delivery, less what staff already recorded as paid. */
function toCollect(order: Row, method: string | null, buyerTotal: number): number {
  if (method !== "cod" || order.status === "canceled") return 0
  const captured = (order.payment_collections ?? []).reduce((n: number, c: Row | null) => n + Number(c?.captured_amount ?? 0), 0)
  return Math.max(0, buyerTotal - captured)
}

/** Only the producer's own lines of an order, with what is left to ship. */
function toProducerOrder(order: Row, own: Set<string>): ProducerOrderView {
  const items = (order.items ?? [])
    .filter((i: Row) => own.has(i.product_id))
    .map((i: Row) => ({
      id: i.id,
      title: i.title,
      product_id: i.product_id,
      variant_title: i.variant_title,
      sku: i.variant_sku,
      quantity: Number(i.detail?.quantity ?? 0),
      unit_price: Number(i.unit_price),
      shipped_quantity: Number(i.detail?.shipped_quantity ?? 0),
      fulfilled_quantity: Number(i.detail?.fulfilled_quantity ?? 0),
    }))
  const a = order.shipping_address ?? {}
  const provinceName = a.province ? (provinceByCode(a.province)?.name ?? null) : null
  const itemsTotal = items.reduce((n: number, i: Row) => n + i.quantity * i.unit_price, 0)
  const buyerTotal = Number(order.total ?? 0)
  const method = paymentMethodOf(providerOf(order))
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    payment_status: order.payment_status,
    payment_method: method,
    buyer_total: buyerTotal,
    collect_on_delivery: toCollect(order, method, buyerTotal),
    items_total: itemsTotal,
    total: itemsTotal,
    delivery: order.shipping_methods?.[0]?.name ?? null,
    ship_to: {
      name: [a.last_name, a.first_name].filter(Boolean).join(" "),
      phone: a.phone ?? null,
      // street and ward; the province goes by name beside it (province_name)
      address: [a.address_1, a.address_2, a.city].filter(Boolean).join(", "),
      province: a.province ?? null,
      province_name: provinceName,
    },
    items,
    to_ship: items.reduce((n: number, i: Row) => n + Math.max(0, i.quantity - i.fulfilled_quantity), 0),
    shipments: shipmentsOf(order, new Set(items.map((i: Row) => i.id))).map(({ items: _items, ...s }) => s),
  }
}

export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number; order_id?: string; status?: ProducerOrderFilter }
): Promise<{ orders: ProducerOrderView[]; count: number; counts: { all: number; to_ship: number } }> {
  const productIds = await producerProductIds(container, producerId)
  if (!productIds.length) return { orders: [], count: 0, counts: { all: 0, to_ship: 0 } }
  const mine = ordersOf(await producerOrderLines(container, productIds)).filter((o) => !page.order_id || o.id === page.order_id)
  const counts = countsOf(mine)
  const count = page.status === "to_ship" ? counts.to_ship : counts.all
  const rows = (page.status === "to_ship" ? mine.filter(toShip) : mine).slice(page.offset, page.offset + page.limit)
  if (!rows.length) return { orders: [], count, counts }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: rows.map((r) => r.id) } })
  const own = new Set(productIds)
  const byId = new Map(data.map((o: Row) => [o.id, o]))
  return { orders: rows.map((r) => toProducerOrder(byId.get(r.id)!, own)), count, counts }
}

/** What waits for the producer: orders with lines to ship, products refused or awaiting verification. */
export async function producerAttention(container: MedusaContainer, producerId: string): Promise<ProducerAttention> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id", "products.metadata"], filters: { id: producerId } })
  const productIds = (data[0]?.products ?? []).flatMap((p: Row | null) => (p ? [p.id as string] : []))
  const counts = productIds.length ? countsOf(ordersOf(await producerOrderLines(container, productIds))) : { all: 0, to_ship: 0 }
  const statuses = (data[0]?.products ?? []).flatMap((p: Row | null) => (p ? [verificationStatus(p.metadata as Row)] : []))
  return {
    orders_to_ship: counts.to_ship,
    products_rejected: statuses.filter((s) => s === "rejected").length,
    products_pending: statuses.filter((s) => s === "pending").length,
  }
}

/** Units and takings from the producer's lines of orders that were not canceled. */
export async function producerSales(container: MedusaContainer, producerId: string, days: number): Promise<ProducerSalesView> {
  const productIds = await producerProductIds(container, producerId)
  const empty = { orders: 0, units: 0, revenue: 0 }
  if (!productIds.length) return { days, period: empty, all_time: empty, top_products: [] }
  const lines = (await producerOrderLines(container, productIds)).filter((l) => l.status !== "canceled")
  const since = Date.now() - days * 86_400_000
  const recent = lines.filter((l) => l.created_at >= since)
  const totals = (ls: OwnLine[]) => ({
    orders: new Set(ls.map((l) => l.order_id)).size,
    units: ls.reduce((n, l) => n + l.quantity, 0),
    revenue: ls.reduce((n, l) => n + l.quantity * l.unit_price, 0),
  })
  const byProduct = new Map<string, { product_id: string; title: string; units: number; revenue: number }>()
  for (const l of recent) {
    const t = byProduct.get(l.product_id) ?? { product_id: l.product_id, title: l.title, units: 0, revenue: 0 }
    if (l.title > t.title) t.title = l.title
    t.units += l.quantity
    t.revenue += l.quantity * l.unit_price
    byProduct.set(l.product_id, t)
  }
  const top = [...byProduct.values()].sort((a, b) => b.revenue - a.revenue).slice(0, 5)
  return {
    days,
    period: totals(recent),
    all_time: totals(lines),
    top_products: top,
  }
}
