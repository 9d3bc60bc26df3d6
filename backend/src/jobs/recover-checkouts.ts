import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverUnfinishedOrders } from "../workflows/checkout/recover-unfinished-orders"

// Every minute: orders whose checkout a fault cut short (no link to their cart,
// no reservation, no authorised payment) are completed, or cancelled with their
// stock released when that is no longer possible. A shopper's retry repairs
// their own order at once; this catches those who never came back.
export default async function recoverCheckouts(container: MedusaContainer) {
  const done = await recoverUnfinishedOrders(container, "schedule")
  if (done.completed || done.cancelled) container.resolve("logger").warn(`Checkout recovery: ${done.completed} order(s) completed, ${done.cancelled} cancelled`)
}

export const config = { name: "recover-checkouts", schedule: "* * * * *" }
