import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CertifiedFacts } from "@ocop/shared"
import { withProjection } from "../../lib/registry/facts"
import { loadRegistryProductStep } from "./steps/load-product"
import { writeCertificateStep } from "./steps/write-certificate"

export interface SubmitCertificateInput {
  product_id: string
  facts: CertifiedFacts
  /** the producer member who submits it */
  by: string
}

// A producer submits a certificate (a renewal, an upgrade, a correction) on
// its own: it waits for staff, and the product's public metadata says so.
// The portal's product save does the same as its first step.
export const submitCertificateWorkflow = createWorkflow("submit-ocop-certificate", (input: SubmitCertificateInput) => {
  const product = loadRegistryProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const written = writeCertificateStep(
    transform({ input, product }, ({ input, product }) => ({
      product_id: input.product_id,
      producer_id: product.producer?.id ?? null,
      facts: input.facts,
      mode: "producer" as const,
      by: input.by,
    }))
  )
  when("certificate-submitted", { written }, ({ written }) => !!written?.changed).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ product, written }, ({ product, written }) => ({
        products: [{ id: product.id, metadata: withProjection(product.metadata, written!.certificate) }],
      })),
    })
  })
  return new WorkflowResponse(transform({ written }, ({ written }) => written!))
})
