import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerAttention } from "@ocop/shared"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { producerAttention } from "../../../lib/producer/orders"

/** GET /producer/attention — `{ orders_to_ship, products_rejected, products_pending }` for the dashboard. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const body: ProducerAttention = await producerAttention(req.scope, req.producer.id)
  res.json(body)
}
