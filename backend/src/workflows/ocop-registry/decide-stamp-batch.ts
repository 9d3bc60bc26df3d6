import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideStampBatchStep, insertStampsStep } from "./steps/stamp-batch"
import { stampProductStep } from "./steps/stamp-product"

export interface DecideStampBatchInput {
  batch_id: string
  product_id: string
  action: "issue" | "decline"
  staff: string
  note?: string | null
}

// Staff answer a producer's stamp request: issuing draws the serials (the
// product must still be certified); declining keeps the request, with why.
export const decideStampBatchWorkflow = createWorkflow("decide-ocop-stamp-batch", (input: DecideStampBatchInput) => {
  const product = stampProductStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, require_certificate: input.action === "issue" }))
  )
  const batch = decideStampBatchStep(
    transform({ input, product }, ({ input, product }) => ({
      batch_id: input.batch_id,
      action: input.action,
      by: input.staff,
      note: input.note ?? null,
      certificate_id: product.certificate_id,
    }))
  )
  when("batch-issued", { input }, ({ input }) => input.action === "issue").then(() => {
    insertStampsStep(transform({ batch }, ({ batch }) => ({ batch_id: batch.id, product_id: batch.product_id, quantity: batch.quantity })))
  })
  return new WorkflowResponse(batch)
})
