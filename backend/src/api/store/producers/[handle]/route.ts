import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCER_FIELDS } from "../../../../lib/store/public-fields"

// GET /store/producers/:handle — one producer's public page data. Their
// products come from /store/product-search?producer=<handle> (facets, paging).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: PUBLIC_PRODUCER_FIELDS,
    filters: { handle: req.params.handle },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle "${req.params.handle}"`)
  res.json({ producer: data[0] })
}
