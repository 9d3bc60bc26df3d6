import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Where a producer's products are sold from and shipped with. */
export async function catalogueDefaults(container: MedusaContainer, group: string, subgroup: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: profiles }, { data: categories }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
    query.graph({ entity: "product_category", fields: ["id"], filters: { handle: `${group}-${subgroup}` } }),
  ])
  return {
    salesChannelId: stores[0]?.default_sales_channel_id as string | undefined,
    shippingProfileId: profiles[0]?.id as string | undefined,
    categoryId: categories[0]?.id as string | undefined,
  }
}

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
