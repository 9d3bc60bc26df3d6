import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { setStockLevelsStep } from "./set-stock-levels"
import { catalogueDefaultsStep } from "./steps/catalogue-defaults"
import { composeNewProductStep } from "./steps/compose-product"
import { producerStockLocationStep } from "./steps/producer-stock-location"
import { readProducerProductStep } from "./steps/read-producer-product"
import type { CreateProducerProduct } from "./validators"

export interface CreateProducerProductInput {
  producer_id: string
  /** who submitted it (the member), for the certificate's history */
  submitted_by: string
  /** the portal's body, as its schema (validators.ts) passed it */
  body: CreateProducerProduct
}

// A producer's new product:
// 1. composed from the body (own uploads only, OCOP metadata checked, waits as
//    "proposed"): a 400 naming every bad field, before anything is written
// 2. sold from the store's default sales channel, shipped with the default
//    profile, in the category of its OCOP group; stocked at the producer's warehouse
// 3. created (Medusa's product workflow; the products-created hook links it to
//    its producer and records its certificate), then stocked
// 4. read back for the answer
// A failure anywhere removes the product again.
export const createProducerProductWorkflow = createWorkflow("create-producer-product", (input: CreateProducerProductInput) => {
  const composed = composeNewProductStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, body: input.body })))
  const defaults = catalogueDefaultsStep(transform({ composed }, ({ composed }) => ({ group: composed.group, subgroup: composed.subgroup })))
  const locationId = producerStockLocationStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, composed, defaults }, ({ input, composed, defaults }) => {
      const product: CreateProductWorkflowInputDTO = {
        ...composed.product,
        ...(defaults.salesChannelId ? { sales_channels: [{ id: defaults.salesChannelId }] } : {}),
        ...(defaults.shippingProfileId ? { shipping_profile_id: defaults.shippingProfileId } : {}),
        ...(defaults.categoryId ? { category_ids: [defaults.categoryId] } : {}),
      }
      return { products: [product], additional_data: { producer_id: input.producer_id, submitted_by: input.submitted_by } }
    }),
  })
  setStockLevelsStep(
    transform({ composed, products, locationId }, ({ composed, products, locationId }) => ({
      product_id: products[0].id,
      location_id: locationId,
      stock: composed.stock,
    }))
  )
  const { data } = readProducerProductStep(transform({ products }, ({ products }) => products[0].id))
  return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
})
