import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOcopMetadata } from "./ocop-metadata"

// Updates must leave OCOP metadata valid too; a failure rolls the update back.
updateProductsWorkflow.hooks.productsUpdated(async ({ products }) => {
  assertOcopMetadata(products)
})
