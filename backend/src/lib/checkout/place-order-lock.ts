import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"

// Longer than any checkout takes; a lock left by a process that died frees itself after this.
const HOLD_SECONDS = 60

/**
 * Runs `job` while holding the cart's place-order lock, so one cart is placed
 * by one request at a time across instances (Redis locking) or in this process.
 * Whoever holds it may also clear Medusa's own cart lock (key = cart id): no
 * live checkout of this cart can own that one, so it is a leftover of a run
 * the database cut short (its undo could not release it) or of a dead process.
 * Returns null when the lock stays taken for `waitSeconds`.
 */
export async function withPlaceOrderLock<T>(container: MedusaContainer, cartId: string, job: () => Promise<T>, { waitSeconds = 30 } = {}): Promise<{ value: T } | null> {
  const locking = container.resolve(Modules.LOCKING)
  const key = `ocop:place-order:${cartId}`
  const ownerId = randomUUID()
  const until = Date.now() + waitSeconds * 1000
  for (;;) {
    try {
      await locking.acquire(key, { ownerId, expire: HOLD_SECONDS })
      break
    } catch (e) {
      if (Date.now() >= until) return null
      await sleep(200)
    }
  }
  try {
    return { value: await job() }
  } finally {
    await locking.release(key, { ownerId }).catch(() => {})
  }
}

/** Medusa's checkout lock on the cart (see above: only called while holding the place-order lock). */
export async function clearCheckoutLock(container: MedusaContainer, cartId: string) {
  await container.resolve(Modules.LOCKING).release(cartId).catch(() => {})
}
