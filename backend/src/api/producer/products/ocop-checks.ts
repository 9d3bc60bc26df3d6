import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { ocopFieldProblems } from "../../../lib/producer/ocop-fields"
import { assertOwnProduct } from "../../../lib/producer/ownership"

const ocopOf = (raw: unknown) => (raw && typeof raw === "object" ? (raw as { ocop?: unknown }).ocop : undefined)

// When a product body fails its schema, the OCOP fields are checked too, so
// one 400 lists the certificate's problems with the others.

export function newProductOcopProblems(_req: MedusaRequest, raw: unknown) {
  return ocopFieldProblems(null, ocopOf(raw))
}

export async function productEditOcopProblems(req: MedusaRequest, raw: unknown) {
  const ocop = ocopOf(raw)
  if (!ocop || typeof ocop !== "object") return []
  const r = req as unknown as ProducerRequest
  await assertOwnProduct(r.scope, r.producer.id, r.params.id)
  const { data } = await r.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["metadata"], filters: { id: r.params.id } })
  return ocopFieldProblems((data[0]?.metadata as Record<string, unknown>) ?? null, ocop)
}
