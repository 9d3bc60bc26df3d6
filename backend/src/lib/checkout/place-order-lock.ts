import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

// With Redis the lease is renewed while the job runs (every third of it), so a
// lock left by a process that died frees itself within this many seconds.
// In-process locks die with their process.
const LEASE_SECONDS = 10

/**
 * Runs `job` while holding the cart's place-order lock, so one cart is placed
 * by one request at a time across instances (Redis locking) or in this process.
 * Whoever holds it may also clear Medusa's own cart lock (key = cart id): no
 * live checkout of this cart can own that one, so it is a leftover of a run
 * the database cut short (its undo could not release it) or of a dead process.
 * Returns null when the lock stays taken for `waitSeconds` (at least 1).
 */
export async function withPlaceOrderLock<T>(container: MedusaContainer, cartId: string, job: () => Promise<T>, { waitSeconds = 30 } = {}): Promise<{ value: T } | null> {
  let started = false
  let finished: { value: T } | null = null
  try {
    const value = await container.resolve(Modules.LOCKING).execute(
      `ocop:place-order:${cartId}`,
      async () => {
        started = true
        finished = { value: await job() }
        return finished.value
      },
      { timeout: Math.max(waitSeconds, 1), expire: LEASE_SECONDS } as { timeout: number }
    )
    return { value }
  } catch (e) {
    // the job finished but Redis could not renew the lease meanwhile ("Lost the lock"): its result
    // stands — placing an order is safe to repeat, the lock only spares duplicate work
    if (finished) return finished
    if (started) throw e
    return null
  }
}

/** Medusa's checkout lock on the cart (see above: only called while holding the place-order lock). */
export async function clearCheckoutLock(container: MedusaContainer, cartId: string) {
  await container.resolve(Modules.LOCKING).release(cartId).catch(() => {})
}
