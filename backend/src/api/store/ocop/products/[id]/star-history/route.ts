import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicStarHistory } from "../../../../../../lib/registry/history"

/** GET /store/ocop/products/:id/star-history — the product's certificates staff decided on, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ star_history: await publicStarHistory(req.scope, req.params.id) })
}
