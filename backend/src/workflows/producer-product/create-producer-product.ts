import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { setStockLevelsStep } from "./set-stock-levels"

export interface CreateProducerProductInput {
  producer_id: string
  /** who submitted it (the member), for the certificate's history */
  submitted_by: string
  location_id: string
  product: CreateProductWorkflowInputDTO
  stock: Record<string, number>
}

// A producer's new product: created, linked to its producer (the products
// created hook) and stocked; a failure anywhere removes the product again.
export const createProducerProductWorkflow = createWorkflow("create-producer-product", (input: CreateProducerProductInput) => {
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ products: [input.product], additional_data: { producer_id: input.producer_id, submitted_by: input.submitted_by } })),
  })
  const stock = transform({ input, products }, ({ input, products }) => ({
    product_id: products[0].id,
    location_id: input.location_id,
    stock: input.stock,
  }))
  setStockLevelsStep(stock)
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
