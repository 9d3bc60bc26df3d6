import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { verificationStatus } from "@ocop/shared"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { notifyProducer } from "../../lib/producer/notify"

export type ModerationAction = "verify" | "reject" | "revoke"

export interface ModerateInput {
  product_id: string
  action: ModerationAction
  note?: string
  staff: string
}

type Product = { id: string; title: string; status: string; metadata: Record<string, any>; producer?: { id: string } | null }

const loadProductStep = createStep("load-product-for-moderation", async (input: ModerateInput, { container }) => {
  const { data } = await container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status", "metadata", "producer.id"],
    filters: { id: input.product_id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
  const product = data[0] as Product
  const status = verificationStatus(product.metadata)
  if (input.action !== "revoke" && status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${product.title} is not awaiting verification (it is ${status})`)
  }
  if (input.action === "revoke" && product.metadata?.ocop_certificate?.revoked_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The certificate of ${product.title} is already revoked`)
  }
  return new StepResponse(product)
})

/** The product after staff's decision: verified products go on sale, revoked ones lose their badge today. */
function decide(product: Product, input: ModerateInput, now: Date) {
  const today = now.toISOString().slice(0, 10)
  const meta = { ...product.metadata }
  const stamp = { at: now.toISOString(), by: input.staff, ...(input.note ? { note: input.note } : {}) }
  if (input.action === "verify") meta.ocop_verification = { status: "verified", ...stamp }
  if (input.action === "reject") meta.ocop_verification = { status: "rejected", ...stamp }
  if (input.action === "revoke") {
    meta.ocop_certificate = { ...meta.ocop_certificate, revoked_at: today, revoked_reason: input.note }
  }
  const publish = input.action === "verify" && product.status === ProductStatus.PROPOSED
  return { id: product.id, metadata: meta, ...(publish ? { status: ProductStatus.PUBLISHED } : {}) }
}

const notifyStep = createStep("notify-producer-of-moderation", async (input: { product: Product; action: ModerationAction; note?: string }, { container }) => {
  const producerId = input.product.producer?.id
  if (!producerId) return new StepResponse(0)
  const sent = await notifyProducer(container, producerId, `ocop-certificate-${input.action}`, `${input.product.id}:${Date.now()}`, {
    product_id: input.product.id,
    product_title: input.product.title,
    certificate_number: input.product.metadata?.ocop_certificate?.number,
    note: input.note ?? null,
  })
  return new StepResponse(sent.length)
})

// Staff verify, reject or revoke a product's OCOP certificate; the product
// update re-indexes it (stars appear or vanish at once) and the producer is told.
export const moderateCertificateWorkflow = createWorkflow("moderate-ocop-certificate", (input: ModerateInput) => {
  const product = loadProductStep(input)
  const update = transform({ product, input }, ({ product, input }) => decide(product, input, new Date()))
  updateProductsWorkflow.runAsStep({ input: transform({ update }, ({ update }) => ({ products: [update] })) })
  notifyStep(transform({ product, input }, ({ product, input }) => ({ product, action: input.action, note: input.note })))
  return new WorkflowResponse(update)
})
