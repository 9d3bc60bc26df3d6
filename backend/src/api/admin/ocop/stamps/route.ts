import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registryOf } from "../../../../lib/registry/records"
import { stampView, suspiciousClients } from "../../../../lib/registry/stamps"

/**
 * GET /admin/ocop/stamps — stamps looked up from at least
 * OCOP_STAMP_SUSPICIOUS_CLIENTS distinct clients (default 20): likely copied
 * onto fake packages. Most-scanned first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const registry = registryOf(req.scope)
  const threshold = suspiciousClients()
  const [stamps, count] = await registry.listAndCountOcopStamps({ client_count: { $gte: threshold } }, {
    relations: ["batch"],
    order: { client_count: "DESC" },
    take: limit,
    skip: offset,
  })
  const ids = [...new Set(stamps.map((s) => s.product_id))]
  const { data } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "producer.name"], filters: { id: ids } })
    : { data: [] }
  const byId = new Map(data.map((p) => [p.id, p] as const))
  res.json({
    threshold,
    stamps: stamps.map((s) => ({ ...stampView(s, s.batch), batch_id: s.batch?.id, lot: s.batch?.lot ?? null, product: byId.get(s.product_id) ?? null })),
    count,
    limit,
    offset,
  })
}
