import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateCertificateWorkflow } from "../../../../../../workflows/ocop-registry/moderate-certificate"
import type { Moderate } from "./validators"

/** POST /admin/ocop/products/:id/verification — verify, reject or revoke the product's OCOP certificate. */
export async function POST(req: AuthenticatedMedusaRequest<Moderate>, res: MedusaResponse) {
  const { result } = await moderateCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id, ...req.validatedBody, staff: req.auth_context.actor_id },
  })
  res.json({ product: result })
}
