import { foldVietnamese, type ProductCard, vietnamToday, provinceByCode, publicStars, subgroupOf } from "@ocop/shared"

export const PRODUCT_INDEX = "product"

/** What a product document is built from, read through query.graph. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "sales_channels.id",
  "producer.name",
  "producer.handle",
  "collection.handle",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** Emitted by jobs/refresh-certificate-status.ts for products whose stars lapsed. */
export const CERTIFICATE_STATUS_CHANGED = "ocop.certificate-status.changed"

/** Everything that changes a document: the product itself, its variants, prices, stock and producer. */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "producer.updated",
  CERTIFICATE_STATUS_CHANGED,
]

// A row of query.graph with nested links, read by field name: the generated entity types do not
// cover the link fields asked for here (payment collections, inventory levels, prices…).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Row = Record<string, any>

function lowestPrice(row: Row, currency: string): number | null {
  const amounts = (row.variants ?? [])
    .flatMap((v: Row) => v.prices ?? [])
    .filter((p: Row) => p.currency_code === currency)
    .map((p: Row) => Number(p.amount))
  return amounts.length ? Math.min(...amounts) : null
}

function inStock(row: Row): boolean {
  return (row.variants ?? []).some((v: Row) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    const available = (v.inventory_items ?? [])
      .flatMap((ii: Row) => ii.inventory?.location_levels ?? [])
      .reduce((n: number, l: Row) => n + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0), 0)
    return available > 0
  })
}

/** The card every list shows, plus what only search reads. */
export type ProductDocument = ProductCard & { description: string; folded: string; status: string; sales_channel_ids: string[] }

export function toProductDocument(row: Row, today = vietnamToday()): ProductDocument {
  const meta = row.metadata ?? {}
  const province = provinceByCode(meta.ocop_province)
  const subgroup = subgroupOf(meta.ocop_group, meta.ocop_subgroup)
  const producerName: string = row.producer?.name ?? ""
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    producer_name: producerName,
    legacy_province: meta.ocop_legacy_province ?? "",
    province_name: province?.name ?? "",
    description: row.description ?? "",
    folded: foldVietnamese(
      [row.title, producerName, province?.name, meta.ocop_legacy_province, subgroup?.name].filter(Boolean).join(" ")
    ),
    thumbnail: row.thumbnail ?? "",
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).map((sc: Row) => sc.id),
    // 0 = no public stars: certificate expired, revoked or missing
    stars: publicStars(meta, today) ?? 0,
    province: meta.ocop_province ?? "",
    group: meta.ocop_group ?? "",
    subgroup: meta.ocop_subgroup ?? "",
    producer: row.producer?.handle ?? "",
    collection: row.collection?.handle ?? "",
    in_stock: inStock(row),
    price_vnd: lowestPrice(row, "vnd") ?? 0,
    price_usd: lowestPrice(row, "usd") ?? 0,
    certificate_expires_on: dayNumber(meta.ocop_certificate?.expires_at),
    created_at: new Date(row.created_at).toISOString(),
  }
}

/** "2028-03-01" → 20280301; 0 when missing. */
export function dayNumber(isoDay: string | undefined | null): number {
  return isoDay && /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? Number(isoDay.replace(/-/g, "")) : 0
}

export function toProductDocuments(rows: Row[]) {
  const today = vietnamToday()
  return rows.map((row) => toProductDocument(row, today))
}

// Structural on purpose: the framework's SearchIngestionContext type can come from two installed copies.
type Ingestion = { container: { query: { graph: (q: { entity: string; fields: string[]; filters?: object; withDeleted?: boolean }) => Promise<{ data: unknown[] }> } } }
/** an event's payload: one `{ id }` or a list of them */
type EventRecord = { id?: string; product_id?: string }
type EventData = EventRecord | EventRecord[] | null | undefined
type Event = { name: string; data: EventData }

const ids = (data: EventData): string[] => (Array.isArray(data) ? data.map((d) => d.id) : [data?.id]).filter((id): id is string => !!id)

/** Maps an event about a variant, stock level, reservation or producer to the products it touches. */
export async function resolveProductIds(event: Event, { container }: Ingestion): Promise<string[]> {
  const query = container.query
  const eventIds = ids(event.data)
  if (!eventIds.length) return []
  const graph = async (entity: string, fields: string[], filters: Record<string, unknown>) =>
    (await query.graph({ entity, fields, filters, withDeleted: true })).data as Row[]

  if (event.name.startsWith("product-variant.")) {
    if (!Array.isArray(event.data) && event.data?.product_id) return [event.data.product_id]
    return (await graph("product_variant", ["product_id"], { id: eventIds })).map((v) => v.product_id)
  }
  if (event.name.startsWith("inventory-level.") || event.name.startsWith("reservation-item.")) {
    const entity = event.name.startsWith("inventory-level.") ? "inventory_level" : "reservation_item"
    const itemIds = (await graph(entity, ["inventory_item_id"], { id: eventIds })).map((r) => r.inventory_item_id)
    if (!itemIds.length) return []
    const items = await graph("inventory_item", ["variants.product_id"], { id: itemIds })
    return [...new Set(items.flatMap((i) => (i.variants ?? []).map((v: Row) => v.product_id)))]
  }
  if (event.name.startsWith("producer.")) {
    const producers = await graph("producer", ["products.id"], { id: eventIds })
    return producers.flatMap((p) => (p.products ?? []).map((x: Row) => x.id))
  }
  return eventIds
}
