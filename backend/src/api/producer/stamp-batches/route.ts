import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { assertOwnProduct } from "../../../lib/producer/ownership"
import { registryOf } from "../../../lib/registry/records"
import { requestStampBatchWorkflow } from "../../../workflows/ocop-registry/request-stamp-batch"
import type { RequestBatch } from "../../admin/ocop/stamp-batches/validators"

/** GET /producer/stamp-batches — the producer's stamp requests and issued batches, newest first. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [batches, count] = await registryOf(req.scope).listAndCountStampBatches({ producer_id: req.producer.id }, {
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ batches, count, limit, offset })
}

/** POST /producer/stamp-batches — ask staff for stamps for one of the producer's certified products. */
export async function POST(req: ProducerRequest<RequestBatch>, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.producer.id, req.validatedBody.product_id)
  const { result } = await requestStampBatchWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: req.producer.id, member: req.producer.email },
  })
  res.status(201).json({ batch: result })
}
