import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../lib/producer/actor"
import { listProducerOrders } from "../../../lib/producer/orders"

/** GET /producer/orders — orders holding the producer's products, only their own lines. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const { orders, count } = await listProducerOrders(req.scope, req.producer.id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
