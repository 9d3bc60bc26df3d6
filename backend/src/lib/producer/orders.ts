import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
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

// Line items live in the order module's tables; one indexed join finds the
// orders that hold any of the producer's products, and whether any of the
// producer's lines still waits to leave the warehouse.
const ORDERS_SQL = `
  select o.id, o.created_at, o.status::text as status,
    bool_or(oi.quantity > oi.fulfilled_quantity) as has_to_ship
  from order_line_item li
  join order_item oi on oi.item_id = li.id and oi.deleted_at is null
  join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
  where li.product_id = any(?) and li.deleted_at is null
  group by o.id, o.created_at, o.status`

const TO_SHIP = "has_to_ship and status <> 'canceled'"

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

/** The producer's orders (one of them with `orderId`), as rows of ORDERS_SQL. */
function producerOrderRows(db: Knex, productIds: string[], orderId?: string) {
  const q = db.select("*").from(db.raw(`(${db.raw(ORDERS_SQL, [productIds]).toQuery()}) as mine`))
  if (orderId) q.where("id", orderId)
  return q
}

async function orderCounts(db: Knex, productIds: string[], orderId?: string): Promise<{ all: number; to_ship: number }> {
  const [totals] = (await db
    .from(producerOrderRows(db, productIds, orderId).as("c"))
    .select(db.raw(`count(*) as "all", count(*) filter (where ${TO_SHIP}) as to_ship`))) as { all: string | number; to_ship: string | number }[]
  return { all: Number(totals?.all ?? 0), to_ship: Number(totals?.to_ship ?? 0) }
}

export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number; order_id?: string; status?: ProducerOrderFilter }
): Promise<{ orders: ProducerOrderView[]; count: number; counts: { all: number; to_ship: number } }> {
  const productIds = await producerProductIds(container, producerId)
  if (!productIds.length) return { orders: [], count: 0, counts: { all: 0, to_ship: 0 } }
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const counts = await orderCounts(db, productIds, page.order_id)
  const count = page.status === "to_ship" ? counts.to_ship : counts.all
  const filtered = producerOrderRows(db, productIds, page.order_id)
  if (page.status === "to_ship") filtered.whereRaw(TO_SHIP)
  const rows: { id: string }[] = await filtered.orderBy("created_at", "desc").limit(page.limit).offset(page.offset)
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
  const counts = productIds.length
    ? await orderCounts(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), productIds)
    : { all: 0, to_ship: 0 }
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
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const lines = db
    .select("o.id as order_id", "o.created_at", "li.product_id", "li.title", "oi.quantity", "li.unit_price")
    .from("order_line_item as li")
    .join("order_item as oi", function () {
      this.on("oi.item_id", "li.id").andOnNull("oi.deleted_at")
    })
    .join("order as o", function () {
      this.on("o.id", "oi.order_id").andOn("o.version", "oi.version").andOnNull("o.deleted_at")
    })
    .whereRaw("li.product_id = any(?)", [productIds])
    .whereNull("li.deleted_at")
    .whereNot("o.status", "canceled")
    .as("l")
  const since = new Date(Date.now() - days * 86_400_000)
  const totals = (rows: Row[]) => ({
    orders: Number(rows[0]?.orders ?? 0),
    units: Number(rows[0]?.units ?? 0),
    revenue: Number(rows[0]?.revenue ?? 0),
  })
  const sum = () =>
    db.from(lines).select(db.raw("count(distinct order_id) as orders, coalesce(sum(quantity),0) as units, coalesce(sum(quantity*unit_price),0) as revenue"))
  const [period, allTime, top] = await Promise.all([
    sum().where("created_at", ">=", since),
    sum(),
    db
      .from(lines)
      .select("product_id", db.raw("max(title) as title, sum(quantity) as units, sum(quantity*unit_price) as revenue"))
      .where("created_at", ">=", since)
      .groupBy("product_id")
      .orderBy("revenue", "desc")
      .limit(5),
  ])
  return {
    days,
    period: totals(period),
    all_time: totals(allTime),
    top_products: top.map((t) => ({ product_id: t.product_id, title: t.title, units: Number(t.units), revenue: Number(t.revenue) })),
  }
}
