import type { ShipmentView } from "@ocop/shared"

// A row of query.graph with nested links, read by field name: the generated entity types do not
// cover the link fields asked for here (payment collections, inventory levels, prices…).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Row = Record<string, any>

/** What query.graph must read on an order for `shipmentsOf`. */
export const SHIPMENT_FIELDS = [
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.title",
  "fulfillments.items.quantity",
]

/**
 * An order's parcels that left (shipped, not canceled), oldest first, with the
 * carrier and tracking number the producer typed (see ship-producer-items.ts:
 * metadata first, else the fulfillment's first label). `lineIds` keeps only
 * the parcels holding those lines, and only those lines of each parcel.
 */
export function shipmentsOf(order: Row, lineIds?: Set<string>): (ShipmentView & { items: { line_item_id: string; title: string; quantity: number }[] })[] {
  return (order.fulfillments ?? [])
    .filter((f: Row | null) => f?.shipped_at && !f.canceled_at)
    .map((f: Row) => ({
      carrier: (f.metadata?.ocop_carrier as string | undefined) || null,
      tracking_number:
        (f.metadata?.ocop_tracking_number as string | undefined) ||
        (f.labels ?? []).map((l: Row | null) => l?.tracking_number).find(Boolean) ||
        null,
      shipped_at: new Date(f.shipped_at).toISOString(),
      items: (f.items ?? [])
        .filter((i: Row | null) => i && (!lineIds || lineIds.has(i.line_item_id)))
        .map((i: Row) => ({ line_item_id: i.line_item_id, title: i.title, quantity: Number(i.quantity) })),
    }))
    .filter((s: { items: unknown[] }) => !lineIds || s.items.length > 0)
    .sort((a: ShipmentView, b: ShipmentView) => a.shipped_at.localeCompare(b.shipped_at))
}
