import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpsertProductDTO } from "@medusajs/framework/types"
import { setStockLevelsStep } from "./set-stock-levels"

export interface UpdateProducerProductInput {
  location_id: string
  product: UpsertProductDTO & { id: string }
  stock: Record<string, number>
}

// A producer's edit: the product (and its variants' prices) first, then stock.
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: UpdateProducerProductInput) => {
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ products: [input.product] })),
  })
  setStockLevelsStep(
    transform({ input }, ({ input }) => ({ product_id: input.product.id, location_id: input.location_id, stock: input.stock }))
  )
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
