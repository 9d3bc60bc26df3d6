import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where a producer's products are sold from and shipped with. */
export async function catalogueDefaults(container: MedusaContainer, group: string, subgroup: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: profiles }, { data: categories }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
    query.graph({ entity: "product_category", fields: ["id"], filters: { handle: `${group}-${subgroup}` } }),
  ])
  return {
    salesChannelId: stores[0]?.default_sales_channel_id as string | undefined,
    shippingProfileId: profiles[0]?.id as string | undefined,
    categoryId: categories[0]?.id as string | undefined,
  }
}

export type CatalogueDefaults = Awaited<ReturnType<typeof catalogueDefaults>>

/** Reads where a new product of this OCOP group is sold from and shipped with (writes nothing: no compensation). */
export const catalogueDefaultsStep = createStep(
  "producer-product-catalogue-defaults",
  async (input: { group: string; subgroup: string }, { container }) =>
    new StepResponse(await catalogueDefaults(container, input.group, input.subgroup))
)
