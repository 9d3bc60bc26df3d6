import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IInventoryService, RemoteQueryFunction } from "@medusajs/framework/types"

export interface StockInput {
  product_id: string
  location_id: string
  /** units on hand by variant title */
  stock: Record<string, number>
}

type Previous = { inventory_item_id: string; location_id: string; stocked_quantity: number | null }

// Sets each variant's stock at the producer's warehouse; on rollback the
// previous quantities come back and levels this step created go away.
export const setStockLevelsStep = createStep(
  "set-producer-stock-levels",
  async (input: StockInput, { container }) => {
    const query = container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["title", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.*"],
      filters: { product_id: input.product_id },
    })
    const previous: Previous[] = []
    const creates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const updates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const v of variants) {
      const qty = input.stock[v.title]
      if (qty === undefined) continue
      for (const ii of (v.inventory_items ?? []).filter((x): x is NonNullable<typeof x> => !!x)) {
        const level = (ii.inventory?.location_levels ?? []).find((l) => l?.location_id === input.location_id)
        const row = { inventory_item_id: ii.inventory_item_id, location_id: input.location_id, stocked_quantity: qty }
        previous.push({ ...row, stocked_quantity: level ? Number(level.stocked_quantity) : null })
        ;(level ? updates : creates).push(row)
      }
    }
    if (creates.length) await inventory.createInventoryLevels(creates)
    if (updates.length) await inventory.updateInventoryLevels(updates)
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const restore = previous.filter((p) => p.stocked_quantity !== null) as { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
    if (restore.length) await inventory.updateInventoryLevels(restore)
    for (const p of previous.filter((x) => x.stocked_quantity === null)) {
      await inventory.deleteInventoryLevel(p.inventory_item_id, p.location_id)
    }
  }
)
