import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../_lib/producer/actor"
import { listProducerOrders } from "../../../../lib/producer/orders"
import { notYours } from "../../../../lib/producer/ownership"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { orders } = await listProducerOrders(req.scope, req.producer.id, { limit: 1, offset: 0, order_id: req.params.id })
  if (!orders.length) throw notYours("Order", req.params.id)
  res.json({ order: orders[0] })
}
