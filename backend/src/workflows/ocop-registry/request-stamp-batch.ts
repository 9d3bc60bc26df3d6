import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchRecord, createStampBatchStep } from "./steps/stamp-batch"
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
    transform({ input, product }, ({ input, product }) => batchRecord(input, product, { status: "requested", by: input.member, producer_id: input.producer_id }))
  )
  return new WorkflowResponse(batch)
})
