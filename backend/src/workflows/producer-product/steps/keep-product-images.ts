import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface KeepProductImagesInput {
  product_id: string
  /** whether the save changes the photos at all */
  changes: boolean
}

// Medusa's product update puts scalar fields back when a later step fails,
// not the images: this step remembers them first and restores them (same
// URLs, same order) if the save is rolled back.
export const keepProductImagesStep = createStep(
  "keep-producer-product-images",
  async (input: KeepProductImagesInput, { container }) => {
    if (!input.changes) return new StepResponse(undefined, null)
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const [product] = await products.listProducts({ id: input.product_id }, { relations: ["images"] })
    const images = [...(product?.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i) => ({ url: i.url }))
    return new StepResponse(undefined, { product_id: input.product_id, images })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<IProductModuleService>(Modules.PRODUCT).updateProducts(previous.product_id, { images: previous.images })
  }
)
