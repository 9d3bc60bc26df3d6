import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCER_FIELDS } from "../../../lib/store/public-fields"
import { provinceAndTypeFilters } from "../../../lib/store/place-filters"
import type { StoreProducersParams } from "./validators"

// GET /store/producers — the OCOP producers ("chủ thể"), by name.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const p = req.validatedQuery as StoreProducersParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: PUBLIC_PRODUCER_FIELDS,
    filters: provinceAndTypeFilters(p),
    pagination: { skip: p.offset, take: p.limit, order: { name: "ASC" } },
  })
  res.json({ producers: data, count: metadata?.count ?? data.length, offset: p.offset, limit: p.limit })
}
