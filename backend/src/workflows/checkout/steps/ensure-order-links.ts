import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Link } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type LinkDefinition = Record<string, Record<string, string>>

/** The order↔cart and order↔payment-collection links Medusa's checkout writes after the order row, if missing. */
export const ensureOrderLinksStep = createStep(
  "ensure-order-links",
  async ({ order_id, cart_id }: { order_id: string; cart_id: string }, { container }) => {
    // Raw SQL on the link tables: "missing" must mean exactly what findUnfinishedOrders
    // (lib/checkout/find-order.ts) found missing — the same rows, read as they are now —
    // or a repair could skip a link the finder keeps reporting.
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const one = async (sql: string, bindings: string[]) => (await db.raw(sql, bindings)).rows[0]
    const links: LinkDefinition[] = []
    const repaired: string[] = []
    if (!(await one(`select 1 from order_cart where order_id = ? and cart_id = ? and deleted_at is null`, [order_id, cart_id]))) {
      links.push({ [Modules.ORDER]: { order_id }, [Modules.CART]: { cart_id } })
      repaired.push("cart_link")
    }
    const collection = await one(`select payment_collection_id from cart_payment_collection where cart_id = ? and deleted_at is null`, [cart_id])
    if (collection && !(await one(`select 1 from order_payment_collection where order_id = ? and deleted_at is null`, [order_id]))) {
      links.push({ [Modules.ORDER]: { order_id }, [Modules.PAYMENT]: { payment_collection_id: collection.payment_collection_id } })
      repaired.push("payment_link")
    }
    if (links.length) await container.resolve<Link>(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(repaired, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve<Link>(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
