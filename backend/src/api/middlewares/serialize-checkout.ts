import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isTransientError } from "../../lib/checkout/transient"

const WAIT_SECONDS = 60

/**
 * Completes checkouts that want the same stock one after another. Medusa
 * reserves stock under a short lock; when many shoppers want the last units at
 * once, some of them time out on it and get "An unknown error occurred" instead
 * of "out of stock". Queuing them here (through the locking module, so it
 * holds across instances with Redis) lets each one see the stock that is left:
 * the first buyers get orders, the rest a clear inventory error.
 */
export async function serializeCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["items.variant.inventory_items.inventory_item_id"],
      filters: { id: req.params.id },
    })
    const keys = [
      ...new Set(
        (data[0]?.items ?? []).flatMap((i) => (i?.variant?.inventory_items ?? []).map((ii) => `ocop:checkout:${ii?.inventory_item_id}`))
      ),
    ].sort()
    if (!keys.length) return next()
    const locking = req.scope.resolve(Modules.LOCKING)
    let started = false
    await locking.execute(
      keys as string[],
      () =>
        new Promise<void>((done) => {
          res.once("finish", done)
          res.once("close", done)
          started = true
          next()
        }),
      { timeout: WAIT_SECONDS }
    ).catch((e: Error) => {
      if (started) return
      // the lock store itself is away (Redis down): a passing fault, answered 503 by the error handler
      if (isTransientError(e) && !/Failed to acquire lock|Timed-out/i.test(e.message)) throw e
      throw new MedusaError(MedusaError.Types.CONFLICT, `Many shoppers are checking out these products right now; please try again. (${e.message})`)
    })
  } catch (e) {
    next(e)
  }
}
