import type { Logger } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_RECOVERY_MODULE } from "../../../modules/order-recovery"
import type OrderRecoveryModuleService from "../../../modules/order-recovery/service"

export interface OrderRepairInput {
  order_id: string
  cart_id: string
  outcome: "completed" | "cancelled"
  repaired: string[]
  found_by: "retry" | "startup" | "schedule"
  reason?: string | null
}

/** What a repair found and did, kept for staff (nothing is written when nothing was missing). */
export const recordOrderRepairStep = createStep("record-order-repair", async (input: OrderRepairInput, { container }) => {
  if (input.outcome === "completed" && !input.repaired.length) return new StepResponse(null, null)
  const service = container.resolve<OrderRecoveryModuleService>(ORDER_RECOVERY_MODULE)
  const record = await service.createOrderRepairs({ ...input, repaired: input.repaired as unknown as Record<string, unknown>, reason: input.reason ?? null })
  container.resolve<Logger>("logger").warn(
    `Checkout recovery (${input.found_by}): order ${input.order_id} of cart ${input.cart_id} ${input.outcome}` +
      (input.repaired.length ? `; repaired ${input.repaired.join(", ")}` : "") +
      (input.reason ? ` — ${input.reason}` : "")
  )
  return new StepResponse(record, record.id)
}, async (id, { container }) => {
  if (id) await container.resolve<OrderRecoveryModuleService>(ORDER_RECOVERY_MODULE).deleteOrderRepairs(id)
})
