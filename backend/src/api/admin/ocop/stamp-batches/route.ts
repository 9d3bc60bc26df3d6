import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryOf } from "../../../../lib/registry/records"
import { issueStampBatchWorkflow } from "../../../../workflows/ocop-registry/issue-stamp-batch"
import type { IssueBatch } from "./validators"

/** GET /admin/ocop/stamp-batches — batches, newest first; `status=requested` is staff's to-do list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, product_id } = req.validatedQuery as { limit: number; offset: number; status?: string; product_id?: string }
  const [batches, count] = await registryOf(req.scope).listAndCountStampBatches(
    { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ batches, count, limit, offset })
}

/** POST /admin/ocop/stamp-batches — issue N stamps for a certified product. */
export async function POST(req: AuthenticatedMedusaRequest<IssueBatch>, res: MedusaResponse) {
  const { result } = await issueStampBatchWorkflow(req.scope).run({ input: { ...req.validatedBody, staff: req.auth_context.actor_id } })
  res.status(201).json({ batch: result })
}
