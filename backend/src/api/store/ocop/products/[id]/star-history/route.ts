import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { publicStarHistory } from "../../../../../../lib/registry/history"

/** GET /store/ocop/products/:id/star-history — the product's certificates staff decided on, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // only products on sale: a draft's certificates are its producer's and staff's business
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "status"], filters: { id: req.params.id } })
  if (data[0]?.status !== "published") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  res.json({ star_history: await publicStarHistory(req.scope, req.params.id) })
}
