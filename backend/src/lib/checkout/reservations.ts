/**
 * The reservations an order's lines should hold, for lines that hold none —
 * what Medusa's checkout writes after the order row, planned again for an
 * order whose checkout died first. Mirrors Medusa's rule: one reservation per
 * inventory item of a stock-managed variant (quantity × required quantity),
 * at a stock location of the order's sales channel that stocks the item.
 */
export interface LineToReserve {
  id: string
  variant_id: string | null
  quantity: number
}

export interface VariantStock {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items: { inventory_item_id: string; required_quantity: number; location_ids: string[] }[]
}

export interface PlannedReservation {
  line_item_id: string
  inventory_item_id: string
  quantity: number
  allow_backorder: boolean
  location_id: string
}

export function planReservations(lines: LineToReserve[], variants: VariantStock[], channelLocationIds: string[]): PlannedReservation[] {
  const byId = new Map(variants.map((v) => [v.id, v]))
  const channel = new Set(channelLocationIds)
  const planned: PlannedReservation[] = []
  for (const line of lines) {
    const variant = line.variant_id ? byId.get(line.variant_id) : undefined
    if (!variant?.manage_inventory) continue
    if (!(line.quantity > 0)) throw new Error(`Order line ${line.id} has no quantity to reserve (${line.quantity})`)
    for (const item of variant.inventory_items) {
      const location_id = item.location_ids.find((l) => channel.has(l))
      if (!location_id) throw new Error(`No stock location of the order's sales channel holds inventory item ${item.inventory_item_id}`)
      planned.push({
        line_item_id: line.id,
        inventory_item_id: item.inventory_item_id,
        quantity: line.quantity * (item.required_quantity || 1),
        allow_backorder: variant.allow_backorder,
        location_id,
      })
    }
  }
  return planned
}
