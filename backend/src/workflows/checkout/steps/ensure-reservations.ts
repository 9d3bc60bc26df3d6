import type { IInventoryService, ILockingModule, RemoteQueryFunction } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planReservations, type VariantStock } from "../../../lib/checkout/reservations"

/**
 * Stock reserved for the order's lines that hold no reservation (an order
 * without them lets the same units be sold twice). Refuses, like checkout,
 * when the stock is no longer there; the caller then cancels the order.
 */
export const ensureReservationsStep = createStep(
  "ensure-reservations",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    // Raw SQL: the lines and quantities of the order's current version, read as they are
    // now (this repairs an order a checkout left half-made), as numbers (the graph gives
    // big-number objects) and with the same "fulfilled" test findUnfinishedOrders uses
    // (lib/checkout/find-order.ts), so the repair and the finder agree on what is missing.
    const { rows: order } = await db.raw(
      `select o.sales_channel_id, exists(select 1 from order_fulfillment f where f.order_id = o.id and f.deleted_at is null) as fulfilled
         from "order" o where o.id = ?`,
      [order_id]
    )
    if (!order[0] || order[0].fulfilled) return new StepResponse([] as string[], [] as string[])
    const { rows } = await db.raw(
      `select li.id, li.variant_id, oi.quantity from order_item oi
         join "order" o on o.id = oi.order_id and oi.version = o.version
         join order_line_item li on li.id = oi.item_id
        where oi.order_id = ? and oi.deleted_at is null`,
      [order_id]
    )
    const lines = rows.map((r: { id: string; variant_id: string | null; quantity: string }) => ({ id: r.id, variant_id: r.variant_id, quantity: Number(r.quantity) }))
    const held = new Set(
      (await inventory.listReservationItems({ line_item_id: lines.map((l) => l.id) }, { select: ["line_item_id"] })).map((r) => r.line_item_id)
    )
    const missing = lines.filter((l) => !held.has(l.id))
    if (!missing.length) return new StepResponse([] as string[], [] as string[])

    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity", "inventory_items.inventory.location_levels.location_id"],
      filters: { id: missing.map((l) => l.variant_id).filter(Boolean) as string[] },
    })
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: order[0].sales_channel_id } })
    const stock: VariantStock[] = variants.map((v) => ({
      id: v.id,
      manage_inventory: !!v.manage_inventory,
      allow_backorder: !!v.allow_backorder,
      inventory_items: (v.inventory_items ?? []).filter((ii) => ii !== null).map((ii) => ({
        inventory_item_id: ii.inventory_item_id,
        required_quantity: MathBN.convert(ii.required_quantity ?? 1).toNumber(),
        location_ids: (ii.inventory?.location_levels ?? []).filter((l) => l !== null).map((l) => l.location_id),
      })),
    }))
    const plan = planReservations(missing, stock, (channels[0]?.stock_locations ?? []).filter((l) => l !== null).map((l) => l.id))
    if (!plan.length) return new StepResponse([] as string[], [] as string[])
    const keys = [...new Set(plan.map((p) => p.inventory_item_id))]
    // the same lock Medusa's checkout takes per inventory item, so two repairs or a checkout cannot both take the last units
    const created = await container.resolve<ILockingModule>(Modules.LOCKING).execute(keys, () => inventory.createReservationItems(plan))
    return new StepResponse(["reservations"], created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<IInventoryService>(Modules.INVENTORY).deleteReservationItems(ids)
  }
)
