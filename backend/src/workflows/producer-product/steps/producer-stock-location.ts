import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerProductIds } from "../../../lib/producer/ownership"

/**
 * The warehouse a producer's stock is counted in: where its products are
 * already stocked, else the oldest stock location (staff move stock between
 * warehouses in the admin).
 */
export async function producerStockLocation(container: MedusaContainer, productIds: string[]): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory.location_levels.location_id"],
      filters: { product_id: productIds.slice(0, 50) },
    })
    const counts = new Map<string, number>()
    for (const v of data)
      for (const ii of v.inventory_items ?? [])
        for (const l of ii?.inventory?.location_levels ?? []) if (l) counts.set(l.location_id, (counts.get(l.location_id) ?? 0) + 1)
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]
    if (best) return best[0]
  }
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "created_at"] })
  const oldest = locations.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))[0]
  if (!oldest) throw new Error("No stock location exists: run the seed or create a warehouse in the admin")
  return oldest.id
}

/** Reads the warehouse the producer's stock is counted in (writes nothing: no compensation). */
export const producerStockLocationStep = createStep(
  "producer-stock-location",
  async (input: { producer_id: string }, { container }) =>
    new StepResponse(await producerStockLocation(container, await producerProductIds(container, input.producer_id)))
)
