import type { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** handle → id of the records of `entity` that already exist among `handles`. */
export async function existingHandles(container: MedusaContainer, entity: string, handles: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "handle"], filters: { handle: handles } })
  return new Map(data.map((r: { id: string; handle: string }) => [r.handle, r.id]))
}
