import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CHECKOUT_KEY } from "./guard"

/**
 * The live order placed from a cart, if any: through Medusa's order↔cart link,
 * or — when the process died before that link was written — through the guard
 * key the order row carries. Read from the tables directly: this must see the
 * database as it is now, never a cached query.
 */
export async function findOrderOfCart(db: Knex, cartId: string): Promise<string | null> {
  const { rows } = await db.raw(
    `select o.id from "order" o
      where o.deleted_at is null and o.status <> 'canceled'
        and (o.metadata->>'${CHECKOUT_KEY}' = ?
             or o.id in (select order_id from order_cart where cart_id = ? and deleted_at is null))
      order by o.created_at limit 1`,
    [cartId, cartId]
  )
  return rows[0]?.id ?? null
}

/**
 * Orders a checkout started but did not finish: no link to their cart or
 * payment collection, no payment authorised, or an unshipped line of stock-
 * managed goods without a reservation. Only orders older than `settleSeconds`
 * (a live checkout is still writing the newer ones) and from the last three
 * days (Medusa keeps a checkout's workflow that long).
 * Raw SQL, as in findOrderOfCart: one query over the order, its links, the
 * payment, fulfilment and reservation tables finds the few broken orders;
 * query.graph cannot say "no such link / no such row" across modules, so it
 * would load every recent order with all of that to filter them here.
 */
export async function findUnfinishedOrders(db: Knex, { settleSeconds = 15, limit = 100 } = {}): Promise<{ order_id: string; cart_id: string }[]> {
  const { rows } = await db.raw(
    `select o.id as order_id, o.metadata->>'${CHECKOUT_KEY}' as cart_id from "order" o
      where o.deleted_at is null and o.status <> 'canceled'
        and (o.metadata->>'${CHECKOUT_KEY}') is not null
        and o.created_at > now() - interval '3 days'
        and o.created_at < now() - make_interval(secs => ?)
        and (
          not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)
          or not exists (select 1 from order_payment_collection op where op.order_id = o.id and op.deleted_at is null)
          or not exists (
            select 1 from cart_payment_collection cp
              join payment p on p.payment_collection_id = cp.payment_collection_id and p.deleted_at is null
             where cp.cart_id = o.metadata->>'${CHECKOUT_KEY}' and cp.deleted_at is null)
          or (
            not exists (select 1 from order_fulfillment f where f.order_id = o.id and f.deleted_at is null)
            and exists (
              select 1 from order_item oi
                join order_line_item li on li.id = oi.item_id and li.deleted_at is null
                join product_variant v on v.id = li.variant_id and v.manage_inventory
               where oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
                 and not exists (select 1 from reservation_item r where r.line_item_id = li.id and r.deleted_at is null)))
        )
      order by o.created_at limit ?`,
    [settleSeconds, limit]
  )
  return rows
}
