import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

// Another producer's record answers exactly like a missing one (404), so ids
// cannot be probed.
export function notYours(kind: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${kind} ${id} was not found among your ${kind.toLowerCase()}s`)
}

export async function producerProductIds(container: MedusaContainer, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  return (data[0]?.products ?? []).flatMap((p) => (p ? [p.id] : []))
}

export async function assertOwnProduct(container: MedusaContainer, producerId: string, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productId } })
  if (data[0]?.producer?.id !== producerId) throw notYours("Product", productId)
}
