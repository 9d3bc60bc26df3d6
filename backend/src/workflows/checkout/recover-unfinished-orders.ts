import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findUnfinishedOrders } from "../../lib/checkout/find-order"
import { clearCheckoutLock, withPlaceOrderLock } from "../../lib/checkout/place-order-lock"
import { isTransientError } from "../../lib/checkout/transient"
import { cancelUnfinishedOrderWorkflow } from "./cancel-unfinished-order"
import { completePlacedOrderWorkflow } from "./complete-placed-order"

type FoundBy = "retry" | "startup" | "schedule"

/**
 * Completes an order whose checkout was cut short; if it cannot be completed
 * for a reason other than a passing fault (its stock is gone), cancels it and
 * releases what it held. Throws on passing faults (try again later).
 */
export async function finishOrCancel(container: MedusaContainer, ids: { order_id: string; cart_id: string }, foundBy: FoundBy): Promise<"completed" | "cancelled"> {
  try {
    await completePlacedOrderWorkflow(container).run({ input: { ...ids, found_by: foundBy } })
    return "completed"
  } catch (e) {
    if (isTransientError(e)) throw e
    await cancelUnfinishedOrderWorkflow(container).run({ input: { ...ids, found_by: foundBy, reason: String((e as Error)?.message ?? e) } })
    return "cancelled"
  }
}

/**
 * The recovery pass (at start-up and every minute, `jobs/recover-checkouts.ts`):
 * every order a checkout left half-made, completed or cancelled, each under
 * its cart's place-order lock so a shopper's retry and the pass never work on
 * one cart at once. Returns what it did.
 */
export async function recoverUnfinishedOrders(container: MedusaContainer, foundBy: FoundBy, { settleSeconds = 15 } = {}) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const outcome = { completed: 0, cancelled: 0, skipped: 0 }
  for (const ids of await findUnfinishedOrders(db, { settleSeconds })) {
    const done = await withPlaceOrderLock(
      container,
      ids.cart_id,
      async () => {
        await clearCheckoutLock(container, ids.cart_id)
        return finishOrCancel(container, ids, foundBy)
      },
      { waitSeconds: 0 }
    ).catch((e) => {
      container.resolve("logger").warn(`Checkout recovery: order ${ids.order_id} left for the next pass (${(e as Error).message})`)
      return null
    })
    if (done) outcome[done.value] += 1
    else outcome.skipped += 1
  }
  return outcome
}
