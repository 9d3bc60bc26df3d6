import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryOf } from "../../../../../../lib/registry/records"
import { stampView } from "../../../../../../lib/registry/stamps"

/** GET /admin/ocop/stamp-batches/:id/stamps — the batch's serials with their QR URL and lookup counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const registry = registryOf(req.scope)
  const batch = (await registry.retrieveStampBatch(req.params.id))
  const [stamps, count] = await registry.listAndCountOcopStamps({ batch_id: batch.id }, { order: { serial: "ASC" }, take: limit, skip: offset })
  res.json({ stamps: stamps.map((s) => stampView(s, batch)), count, limit, offset })
}
