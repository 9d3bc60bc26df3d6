import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverUnfinishedOrders } from "../workflows/checkout/recover-unfinished-orders"

// Once, seconds after start: the process before this one may have died in the
// middle of checkouts (what `jobs/recover-checkouts.ts` does, without waiting
// for the minute).
export default async function recoverCheckoutsAtStart(container: MedusaContainer) {
  const done = await recoverUnfinishedOrders(container, "startup", { settleSeconds: 2 })
  container.resolve("logger").info(`Checkout recovery at start-up: ${done.completed} order(s) completed, ${done.cancelled} cancelled, ${done.skipped} left for the next pass`)
}

export const config = { name: "recover-checkouts-at-start", schedule: { interval: 3000, numberOfExecutions: 1 } }
