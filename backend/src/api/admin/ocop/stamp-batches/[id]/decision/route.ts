import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryOf } from "../../../../../../lib/registry/records"
import { decideStampBatchWorkflow } from "../../../../../../workflows/ocop-registry/decide-stamp-batch"
import type { DecideBatch } from "../../validators"

/** POST /admin/ocop/stamp-batches/:id/decision — issue or decline a producer's stamp request. */
export async function POST(req: AuthenticatedMedusaRequest<DecideBatch>, res: MedusaResponse) {
  const batch = (await registryOf(req.scope).retrieveStampBatch(req.params.id))
  const { result } = await decideStampBatchWorkflow(req.scope).run({
    input: { batch_id: batch.id, product_id: batch.product_id, ...req.validatedBody, staff: req.auth_context.actor_id },
  })
  res.json({ batch: result })
}
