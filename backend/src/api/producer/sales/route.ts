import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { producerSales } from "../../../lib/producer/orders"

/** GET /producer/sales?days=30 — orders, units and takings of the producer's lines. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as { days: number }
  res.json({ sales: await producerSales(req.scope, req.producer.id, days) })
}
