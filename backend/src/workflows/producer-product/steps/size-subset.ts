import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Medusa 2.21 keeps, per product, the subset of an option's values its variants
// may use. These steps add the sizes' values to a product's subset and take
// unused ones out, undoing exactly what they did on rollback. (Medusa's
// updateProductOptionValuesOnProductStep works out its undo from the option's
// values, which do not show a change of the subset alone, so it undoes nothing here.)

type Pair = { product_id: string; option_id: string }

/** The product's subset for the option, as Medusa reads it: retrieveProduct with
 * `options.values` keeps only the values in the subset (soft-deleted links left out). */
async function subsetOf(container: MedusaContainer, pair: Pair): Promise<Set<string>> {
  const product = await container.resolve<IProductModuleService>(Modules.PRODUCT).retrieveProduct(pair.product_id, { relations: ["options", "options.values"] })
  const option = (product.options ?? []).find((o) => o.id === pair.option_id)
  return new Set((option?.values ?? []).map((v) => v.id))
}

async function change(container: MedusaContainer, pair: Pair, add: string[], remove: string[]) {
  if (!add.length && !remove.length) return
  await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct([
    { product_id: pair.product_id, product_option_id: pair.option_id, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) },
  ])
}

/** The option's values with these titles join the product's subset (the option has them already). */
export const addSizeValuesToProductStep = createStep(
  "add-size-values-to-product",
  async (input: Pair & { titles: string[] }, { container }) => {
    const [option] = await container.resolve<IProductModuleService>(Modules.PRODUCT).listProductOptions({ id: input.option_id }, { relations: ["values"] })
    const before = await subsetOf(container, input)
    const added = (option?.values ?? []).filter((v) => input.titles.includes(v.value) && !before.has(v.id)).map((v) => v.id)
    await change(container, input, added, [])
    return new StepResponse(undefined, { pair: { product_id: input.product_id, option_id: input.option_id }, added })
  },
  async (done, { container }) => {
    if (done?.added.length) await change(container, done.pair, [], done.added)
  }
)

/** Values no size uses any more leave the product's subset. */
export const removeSizeValuesFromProductStep = createStep(
  "remove-size-values-from-product",
  async (input: Pair & { value_ids: string[] }, { container }) => {
    const before = await subsetOf(container, input)
    const removed = input.value_ids.filter((id) => before.has(id))
    await change(container, input, [], removed)
    return new StepResponse(undefined, { pair: { product_id: input.product_id, option_id: input.option_id }, removed })
  },
  async (done, { container }) => {
    if (done?.removed.length) await change(container, done.pair, done.removed, [])
  }
)
