import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { FAIR_MODULE } from "../../modules/fair"
import { PRODUCER_MODULE } from "../../modules/producer"

export interface CatalogueInput {
  fair_id: string
  previous: { producer_ids: string[]; product_ids: string[] }
  exhibitors: { producer_id: string; booth?: string | null }[]
  product_ids: string[]
}

const exhibitorLink = (fair_id: string, producer_id: string, data?: Record<string, unknown>) => ({
  [FAIR_MODULE]: { fair_id },
  [PRODUCER_MODULE]: { producer_id },
  ...(data ? { data } : {}),
})
const productLink = (fair_id: string, product_id: string, data?: Record<string, unknown>) => ({
  [FAIR_MODULE]: { fair_id },
  [Modules.PRODUCT]: { product_id },
  ...(data ? { data } : {}),
})

// A fair's catalogue is replaced as a whole: exhibitors (booth, order) and
// the products shown (order). Both link steps undo themselves on failure.
export const replaceFairCatalogueWorkflow = createWorkflow("replace-fair-catalogue", (input: CatalogueInput) => {
  dismissRemoteLinkStep(
    transform({ input }, ({ input }) => [
      ...input.previous.producer_ids.map((id) => exhibitorLink(input.fair_id, id)),
      ...input.previous.product_ids.map((id) => productLink(input.fair_id, id)),
    ])
  )
  const links = createRemoteLinkStep(
    transform({ input }, ({ input }) => [
      ...input.exhibitors.map((e, position) => exhibitorLink(input.fair_id, e.producer_id, { booth: e.booth ?? null, position })),
      ...input.product_ids.map((id, position) => productLink(input.fair_id, id, { position })),
    ])
  )
  return new WorkflowResponse(links)
})
