import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderList } from "@ocop/shared"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { listProducerOrders } from "../../../lib/producer/orders"
import type { ProducerOrdersQuery } from "./validators"

/**
 * GET /producer/orders?status=all|to_ship — orders holding the producer's
 * products, only their own lines; `to_ship` keeps those with something left
 * to ship and not canceled. `counts` gives both totals for the filter tabs.
 */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as ProducerOrdersQuery
  const { orders, count, counts } = await listProducerOrders(req.scope, req.producer.id, { limit, offset, status })
  const body: ProducerOrderList = { orders, count, counts, limit, offset }
  res.json(body)
}
