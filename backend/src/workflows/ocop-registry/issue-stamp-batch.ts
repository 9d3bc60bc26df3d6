import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchRecord, createStampBatchStep, insertStampsStep } from "./steps/stamp-batch"
import { stampProductStep } from "./steps/stamp-product"

export interface IssueStampBatchInput {
  product_id: string
  quantity: number
  lot?: string | null
  produced_on?: string | null
  best_before?: string | null
  gtin?: string | null
  staff: string
  note?: string | null
}

// Staff issue N stamps for a certified product: a batch record, then N
// random serials in one insert. A failure removes the batch again.
export const issueStampBatchWorkflow = createWorkflow("issue-ocop-stamp-batch", (input: IssueStampBatchInput) => {
  const product = stampProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, gtin: input.gtin, require_certificate: true })))
  const batch = createStampBatchStep(
    transform({ input, product }, ({ input, product }) => batchRecord(input, product, { status: "issued", by: input.staff }))
  )
  insertStampsStep(transform({ batch }, ({ batch }) => ({ batch_id: batch.id, product_id: batch.product_id, quantity: batch.quantity })))
  return new WorkflowResponse(batch)
})
