import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CertifiedFacts } from "@ocop/shared"
import { withProjection } from "../../lib/registry/facts"
import { loadRegistryProductStep } from "./steps/load-product"
import { writeCertificateStep } from "./steps/write-certificate"

export interface CertificateInput {
  product_id: string
  facts: CertifiedFacts
  /** the staff user or producer member */
  by: string
  note?: string | null
}

/**
 * A certificate written on its own (not as part of a portal save): the
 * registry's rules (steps/write-certificate.ts), then the product's public
 * metadata follows when anything changed.
 */
function certificateWorkflow(name: string, mode: "producer" | "staff") {
  return createWorkflow(name, (input: CertificateInput) => {
    const product = loadRegistryProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
    const written = writeCertificateStep(
      transform({ input, product }, ({ input, product }) => ({
        product_id: input.product_id,
        producer_id: product.producer?.id ?? null,
        facts: input.facts,
        mode,
        by: input.by,
        note: input.note ?? null,
      }))
    )
    when(`${name}-changed`, { written }, ({ written }) => !!written?.changed).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ product, written }, ({ product, written }) => ({
          products: [{ id: product.id, metadata: withProjection(product.metadata, written!.certificate) }],
        })),
      })
    })
    return new WorkflowResponse(transform({ written }, ({ written }) => written!))
  })
}

// Staff record a certificate they checked (renewal, upgrade, correction): it
// is verified at once and supersedes the current one when its number is new.
export const recordCertificateWorkflow = certificateWorkflow("record-ocop-certificate", "staff")

// A producer submits one (a renewal, an upgrade, a correction): it waits for
// staff. The portal's product save does the same as its first step.
export const submitCertificateWorkflow = certificateWorkflow("submit-ocop-certificate", "producer")
