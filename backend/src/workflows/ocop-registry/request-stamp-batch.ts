import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStampBatchStep } from "./steps/stamp-batch"
import { stampProductStep } from "./steps/stamp-product"

export interface RequestStampBatchInput {
  product_id: string
  producer_id: string
  quantity: number
  lot?: string | null
  produced_on?: string | null
  best_before?: string | null
  member: string
  note?: string | null
}

// A producer asks for stamps for one of its certified products; staff issue
// or decline (decide-stamp-batch.ts). No serial exists until staff issue.
export const requestStampBatchWorkflow = createWorkflow("request-ocop-stamp-batch", (input: RequestStampBatchInput) => {
  const product = stampProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, require_certificate: true })))
  const batch = createStampBatchStep(
    transform({ input, product }, ({ input, product }) => ({
      product_id: product.product_id,
      producer_id: input.producer_id,
      certificate_id: product.certificate_id,
      quantity: input.quantity,
      lot: input.lot ?? null,
      produced_on: input.produced_on ?? null,
      best_before: input.best_before ?? null,
      gtin: product.gtin,
      status: "requested" as const,
      by: input.member,
      note: input.note ?? null,
    }))
  )
  return new WorkflowResponse(batch)
})
