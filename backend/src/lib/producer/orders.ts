import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProducerOrderView, ProducerSalesView } from "@ocop/shared"
import { producerProductIds } from "./ownership"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "payment_status",
  "fulfillment_status",
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
]

type Row = Record<string, any>

// Line items live in the order module's tables; one indexed join finds the
// orders that hold any of the producer's products.
const ORDERS_SQL = `
  select o.id, max(o.created_at) as created_at
  from order_line_item li
  join order_item oi on oi.item_id = li.id and oi.deleted_at is null
  join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
  where li.product_id = any(?) and li.deleted_at is null
  group by o.id`

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
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    payment_status: order.payment_status,
    delivery: order.shipping_methods?.[0]?.name ?? null,
    ship_to: {
      name: [a.last_name, a.first_name].filter(Boolean).join(" "),
      phone: a.phone ?? null,
      address: [a.address_1, a.address_2, a.city, a.province].filter(Boolean).join(", "),
    },
    items,
    total: items.reduce((n: number, i: Row) => n + i.quantity * i.unit_price, 0),
    to_ship: items.reduce((n: number, i: Row) => n + Math.max(0, i.quantity - i.fulfilled_quantity), 0),
  }
}


export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number; order_id?: string }
): Promise<{ orders: ProducerOrderView[]; count: number }> {
  const productIds = await producerProductIds(container, producerId)
  if (!productIds.length) return { orders: [], count: 0 }
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const base = db.raw(ORDERS_SQL, [productIds])
  const filtered = db.select("*").from(db.raw(`(${base.toQuery()}) as mine`))
  if (page.order_id) filtered.where("id", page.order_id)
  const [{ count }] = (await db.count("* as count").from(filtered.clone().as("c"))) as { count: string | number }[]
  const rows: { id: string }[] = await filtered.orderBy("created_at", "desc").limit(page.limit).offset(page.offset)
  if (!rows.length) return { orders: [], count: Number(count) }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: rows.map((r) => r.id) } })
  const own = new Set(productIds)
  const byId = new Map(data.map((o: Row) => [o.id, o]))
  return { orders: rows.map((r) => toProducerOrder(byId.get(r.id)!, own)), count: Number(count) }
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
  const totals = (rows: any[]) => ({
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
    top_products: top.map((t: any) => ({ product_id: t.product_id, title: t.title, units: Number(t.units), revenue: Number(t.revenue) })),
  }
}
