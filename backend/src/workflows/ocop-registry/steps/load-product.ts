import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RemoteQueryFunction } from "@medusajs/framework/types"

export type RegistryProduct = { id: string; title: string; status: string; metadata: Record<string, unknown> | null; producer?: { id: string } | null }

export const loadRegistryProductStep = createStep("load-product-for-registry", async (input: { product_id: string }, { container }) => {
  const { data } = await container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status", "metadata", "producer.id"],
    filters: { id: input.product_id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
  return new StepResponse(data[0] as RegistryProduct)
})
