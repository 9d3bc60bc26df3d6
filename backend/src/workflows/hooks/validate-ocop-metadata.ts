import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { describeErrors, parseOcopMetadata } from "@ocop/shared"

// Every product write (admin routes, CSV import, producer portal, seed) runs one
// of these two workflows, so checking here is the single gate. Throwing fails
// the workflow, whose compensation undoes the write: nothing is half-saved.
function assertOcopMetadata(products: { title?: string; metadata?: Record<string, unknown> | null }[]) {
  const problems = products.flatMap((p) => {
    const r = parseOcopMetadata(p.metadata)
    if (r.ok) return []
    return [products.length > 1 ? `${p.title}: ${describeErrors(r.errors)}` : describeErrors(r.errors)]
  })
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" | "))
}

createProductsWorkflow.hooks.productsCreated(async ({ products }) => {
  assertOcopMetadata(products)
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }) => {
  assertOcopMetadata(products)
})
