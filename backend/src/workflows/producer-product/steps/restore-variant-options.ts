import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PreviousVariantOptions = { id: string; options: Record<string, string> }[]

// Medusa's variant update restores a variant's fields on rollback but not
// which option value it had. Placed just before the update, this step does
// nothing forward and, on rollback (after the update's own compensation),
// points each renamed variant back at its previous size value.
export const restoreVariantOptionsStep = createStep(
  "restore-producer-variant-options",
  async (previous: PreviousVariantOptions) => new StepResponse(undefined, previous),
  async (previous, { container }) => {
    if (!previous?.length) return
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    for (const v of previous) await products.updateProductVariants(v.id, { options: v.options })
  }
)
