import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CancellableOrder } from "../../../lib/orders/shopper-cancel"
import { cancelRefusal } from "../../../lib/orders/shopper-cancel"

/** Refuses (nothing changed yet) an order the asker may not cancel, or one already on its way. */
export const checkCancellableStep = createStep(
  "check-shopper-cancellable",
  async (input: { order: CancellableOrder | undefined; customer_id: string | null }) => {
    const refusal = cancelRefusal(input.order, input.customer_id)
    if (refusal) throw new MedusaError(refusal.type, refusal.message, refusal.code)
    return new StepResponse(input.order!)
  }
)
