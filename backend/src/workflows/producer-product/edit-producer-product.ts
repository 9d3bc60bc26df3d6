import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeProductEditStep } from "./steps/compose-product"
import { producerStockLocationStep } from "./steps/producer-stock-location"
import { readProducerProductStep } from "./steps/read-producer-product"
import { updateProducerProductWorkflow } from "./update-producer-product"
import type { UpdateProducerProduct } from "./validators"

export interface EditProducerProductInput {
  producer_id: string
  product_id: string
  /** the portal's body, as its schema (validators.ts) passed it */
  body: UpdateProducerProduct
  /** who saved it (the member's e-mail), for the certificate's history */
  by: string
}

// One save of the portal's product editor:
// 1. the edit composed (steps/compose-product.ts): the producer's own product,
//    variants and uploads only (404 otherwise), the OCOP metadata over the
//    previous one, the registry's verdict on the certificate, the size changes
//    planned: a 400 naming every bad field, before anything is written
// 2. the producer's warehouse
// 3. written (update-producer-product.ts: small steps that each undo themselves)
// 4. read back for the answer
export const editProducerProductWorkflow = createWorkflow("edit-producer-product", (input: EditProducerProductInput) => {
  const edit = composeProductEditStep(input)
  const locationId = producerStockLocationStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
  updateProducerProductWorkflow.runAsStep({
    input: transform({ edit, locationId }, ({ edit, locationId }) => ({ ...edit, location_id: locationId })),
  })
  const { data } = readProducerProductStep(transform({ input }, ({ input }) => input.product_id))
  return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
})
