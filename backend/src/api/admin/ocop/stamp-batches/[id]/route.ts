import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryOf } from "../../../../../lib/registry/records"

/** GET /admin/ocop/stamp-batches/:id — one batch. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ batch: await registryOf(req.scope).retrieveStampBatch(req.params.id) })
}
