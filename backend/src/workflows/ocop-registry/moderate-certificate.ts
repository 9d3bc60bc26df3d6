import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductStatus } from "@medusajs/framework/utils"
import { withProjection } from "../../lib/registry/facts"
import { loadRegistryProductStep } from "./steps/load-product"
import { moderateCertificateStep, type ModerationAction } from "./steps/moderate-certificate"
import { notifyProducerOfDecisionStep } from "./steps/notify-producer"

export type { ModerationAction }

export interface ModerateInput {
  product_id: string
  action: ModerationAction
  note?: string
  staff: string
}

// Staff verify, reject or revoke a product's current certificate: the
// registry records the decision (with history), the product's public
// metadata follows (search re-indexes: stars appear or vanish at once), a
// verified new product goes on sale, and the producer is told.
export const moderateCertificateWorkflow = createWorkflow("moderate-ocop-certificate", (input: ModerateInput) => {
  const product = loadRegistryProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const decided = moderateCertificateStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, action: input.action, note: input.note, by: input.staff }))
  )
  const update = transform({ product, decided, input }, ({ product, decided, input }) => ({
    id: product.id,
    metadata: withProjection(product.metadata, decided.certificate),
    ...(input.action === "verify" && product.status === ProductStatus.PROPOSED ? { status: ProductStatus.PUBLISHED } : {}),
  }))
  updateProductsWorkflow.runAsStep({ input: transform({ update }, ({ update }) => ({ products: [update] })) })
  notifyProducerOfDecisionStep(
    transform({ decided, input, product }, ({ decided, input, product }) => ({ certificate: decided.certificate, action: input.action, product_title: product.title }))
  )
  return new WorkflowResponse(transform({ update, decided }, ({ update, decided }) => ({ ...update, certificate: decided.certificate })))
})
