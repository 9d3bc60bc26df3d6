import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../../_lib/producer/actor"
import { listProducerOrders } from "../../../../../lib/producer/orders"
import { notYours } from "../../../../../lib/producer/ownership"
import { shipProducerItemsWorkflow } from "../../../../../workflows/producer-order/ship-producer-items"
import type { ShipItems } from "./validators"

/** POST /producer/orders/:id/ship — the producer's unshipped lines of the order leave the warehouse. */
export async function POST(req: ProducerRequest<ShipItems>, res: MedusaResponse) {
  const find = () => listProducerOrders(req.scope, req.producer.id, { limit: 1, offset: 0, order_id: req.params.id })
  const { orders } = await find()
  const order = orders[0]
  if (!order) throw notYours("Order", req.params.id)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} was canceled: nothing to ship`)
  const items = order.items
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
    .filter((i) => i.quantity > 0)
  if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your items of order #${order.display_id} are already shipped`)
  await shipProducerItemsWorkflow(req.scope).run({
    input: { order_id: order.id, items, member_id: req.producer.member_id, producer_id: req.producer.id, ...req.validatedBody },
  })
  const after = await find()
  res.json({ order: after.orders[0] })
}
