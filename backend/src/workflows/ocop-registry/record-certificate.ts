import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CertifiedFacts } from "@ocop/shared"
import { withProjection } from "../../lib/registry/facts"
import { loadRegistryProductStep } from "./steps/load-product"
import { writeCertificateStep } from "./steps/write-certificate"

export interface RecordCertificateInput {
  product_id: string
  facts: CertifiedFacts
  staff: string
  note?: string | null
}

// Staff record a certificate they checked (renewal, upgrade, correction): it
// is verified at once, supersedes the current one when its number is new,
// and the product's public metadata follows.
export const recordCertificateWorkflow = createWorkflow("record-ocop-certificate", (input: RecordCertificateInput) => {
  const product = loadRegistryProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const written = writeCertificateStep(
    transform({ input, product }, ({ input, product }) => ({
      product_id: input.product_id,
      producer_id: product.producer?.id ?? null,
      facts: input.facts,
      mode: "staff" as const,
      by: input.staff,
      note: input.note ?? null,
    }))
  )
  when("certificate-changed", { written }, ({ written }) => !!written?.changed).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ product, written }, ({ product, written }) => ({
        products: [{ id: product.id, metadata: withProjection(product.metadata, written!.certificate) }],
      })),
    })
  })
  return new WorkflowResponse(transform({ written }, ({ written }) => written!))
})
