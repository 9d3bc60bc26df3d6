import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The cart an order was placed from, written into the cart's metadata just
 * before completion; Medusa copies cart metadata onto the order in the same
 * insert. A unique index over it makes a second live order for one cart
 * impossible, whatever died in between: it is committed with the order row,
 * not after it (Medusa's own order↔cart link is written by a later step, so a
 * crash between the two let a retry place a second order). Shoppers cannot
 * write the key (`api/middlewares/reject-reserved-cart-keys.ts`).
 */
export const CHECKOUT_KEY = "ocop_checkout"
export const CHECKOUT_GUARD_INDEX = "IDX_order_ocop_checkout_unique"

// A cancelled order frees its cart: recovery cancels an order it cannot
// complete (stock gone) and the shopper may then place the cart again.
const GUARD_SQL = `CREATE UNIQUE INDEX IF NOT EXISTS "${CHECKOUT_GUARD_INDEX}" ON "order" ((metadata->>'${CHECKOUT_KEY}'))
  WHERE deleted_at IS NULL AND status <> 'canceled' AND (metadata->>'${CHECKOUT_KEY}') IS NOT NULL`

let ensured: Promise<void> | null = null

/**
 * Creates the guard if this database lacks it. The order-recovery module's
 * migration creates it on `medusa db:migrate` (the migration script
 * `migration-scripts/order-checkout-guard.ts` if the order table came later);
 * this covers a database the index went missing from. Once per process.
 */
export function ensureCheckoutGuard(db: Knex): Promise<void> {
  ensured ??= db
    .raw(GUARD_SQL)
    .then(() => undefined)
    .catch(async (e: Error) => {
      // two processes creating it at once: the other one won
      const { rows } = await db.raw(`select 1 from pg_indexes where indexname = ?`, [CHECKOUT_GUARD_INDEX])
      if (!rows.length) {
        ensured = null
        throw e
      }
    })
  return ensured
}
