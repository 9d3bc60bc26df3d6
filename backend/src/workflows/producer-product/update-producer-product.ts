import {
  createProductVariantsWorkflow,
  deleteProductOptionValuesWorkflow,
  deleteProductVariantsWorkflow,
  updateProductOptionsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateProductDTO } from "@medusajs/framework/types"
import type { SizePlan } from "../../lib/producer/size-plan"
import { withProjection } from "../../lib/registry/facts"
import { writeCertificateStep, type WriteCertificateInput } from "../ocop-registry/steps/write-certificate"
import { setStockLevelsStep } from "./set-stock-levels"
import { keepProductImagesStep } from "./steps/keep-product-images"
import { restoreVariantOptionsStep } from "./steps/restore-variant-options"
import { restoreVariantPricesStep } from "./steps/restore-variant-prices"
import { addSizeValuesToProductStep, removeSizeValuesFromProductStep } from "./steps/size-subset"

export interface UpdateProducerProductInput {
  location_id: string
  /** plain fields only (title, description, images, metadata, …): no options or variants */
  product: UpdateProductDTO & { id: string }
  /** the size changes (lib/producer/size-plan.ts), null when the save leaves sizes alone */
  sizes: SizePlan | null
  /** units on hand by size title, after the save */
  stock: Record<string, number>
  /** the certified facts the producer sent, for the registry (null when the save leaves them alone) */
  certificate: Omit<WriteCertificateInput, "mode"> | null
}

// A producer's edit of a product, sizes included, in small steps that each
// undo themselves: if any step fails, the product is as it was before.
//
// 0. certified facts: the OCOP registry records them (a new or changed
//    certificate waits for staff; revoked numbers are refused) and decides the
//    public OCOP metadata the product update writes
// 1. plain fields (Medusa's product update: the OCOP metadata hook checks them, search re-indexes)
// 2. sizes: new titles become values of the product's "Quy cách" option and
//    join the product's allowed subset of it; removed sizes' variants go
//    first, then kept ones change (title, option value, VND and USD price),
//    then new ones are created (with an inventory item and prices); values no
//    size uses leave the subset (and the option, when it is the product's own)
// 3. stock at the producer's warehouse, by size title (last: a failure there rolls everything back)
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: UpdateProducerProductInput) => {
  keepProductImagesStep(transform({ input }, ({ input }) => ({ product_id: input.product.id, changes: input.product.images !== undefined })))
  const written = writeCertificateStep(
    transform({ input }, ({ input }) => (input.certificate ? { ...input.certificate, mode: "producer" as const } : null))
  )
  updateProductsWorkflow.runAsStep({
    input: transform({ input, written }, ({ input, written }) => ({
      products: [
        written?.certificate && input.product.metadata
          ? { ...input.product, metadata: withProjection(input.product.metadata, written.certificate) }
          : input.product,
      ],
    })),
  })

  const sizes = transform({ input }, ({ input }) => input.sizes)

  when("size-option-gains-values", { sizes }, ({ sizes }) => !!sizes?.new_values.length).then(() => {
    updateProductOptionsWorkflow.runAsStep({
      input: transform({ sizes }, ({ sizes }) => ({
        selector: { id: sizes!.option_id },
        update: { values: [...sizes!.option_values, ...sizes!.new_values] },
      })),
    })
  })
  when("sizes-join-product", { sizes }, ({ sizes }) => !!sizes).then(() => {
    addSizeValuesToProductStep(transform({ sizes }, ({ sizes }) => ({ product_id: sizes!.product_id, option_id: sizes!.option_id, titles: sizes!.titles })))
  })
  when("sizes-removed", { sizes }, ({ sizes }) => !!sizes?.delete_variant_ids.length).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ sizes }, ({ sizes }) => ({ ids: sizes!.delete_variant_ids })) })
  })
  when("sizes-changed", { sizes }, ({ sizes }) => !!sizes?.update_variants.length).then(() => {
    restoreVariantOptionsStep(transform({ sizes }, ({ sizes }) => sizes!.previous_options))
    restoreVariantPricesStep(transform({ sizes }, ({ sizes }) => sizes!.update_variants.map((v) => v.id)))
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ sizes }, ({ sizes }) => ({ product_variants: sizes!.update_variants })),
    })
  })
  when("sizes-added", { sizes }, ({ sizes }) => !!sizes?.create_variants.length).then(() => {
    createProductVariantsWorkflow.runAsStep({
      input: transform({ sizes }, ({ sizes }) => ({ product_variants: sizes!.create_variants })),
    })
  })
  when("size-values-unused", { sizes }, ({ sizes }) => !!sizes?.remove_value_ids.length).then(() => {
    removeSizeValuesFromProductStep(
      transform({ sizes }, ({ sizes }) => ({ product_id: sizes!.product_id, option_id: sizes!.option_id, value_ids: sizes!.remove_value_ids }))
    )
  })
  when("size-values-deleted", { sizes }, ({ sizes }) => !!sizes?.delete_value_ids.length).then(() => {
    deleteProductOptionValuesWorkflow.runAsStep({ input: transform({ sizes }, ({ sizes }) => ({ ids: sizes!.delete_value_ids })) })
  })

  setStockLevelsStep(
    transform({ input }, ({ input }) => ({ product_id: input.product.id, location_id: input.location_id, stock: input.stock }))
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product.id })))
})
