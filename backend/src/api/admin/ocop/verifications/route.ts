import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toGtin14, type CertificateEvent } from "@ocop/shared"
import { projectionOf, type CertificateRow } from "../../../../lib/registry/facts"
import { registryOf } from "../../../../lib/registry/records"

/**
 * GET /admin/ocop/verifications — certificates waiting for staff (or
 * rejected), oldest first, each with every certified fact, what changed since
 * staff last saw it, the product's GTIN and its stamps.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as { status: "pending" | "rejected"; limit: number; offset: number }
  const registry = registryOf(req.scope)
  const [rows, count] = (await registry.listAndCountOcopCertificates(
    { status, is_current: true },
    { relations: ["events"], order: { updated_at: "ASC" }, take: limit, skip: offset }
  )) as unknown as [(CertificateRow & { events: CertificateEvent[] })[], number]
  const ids = rows.map((r) => r.product_id)
  const { data } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "status", "thumbnail", "metadata", "producer.id", "producer.name", "producer.province", "variants.ean", "variants.upc", "variants.barcode"],
        filters: { id: ids },
      })
    : { data: [] }
  const byId = new Map(data.map((p) => [p.id, p] as const))
  const stamps = ids.length ? ((await registry.listStampBatches({ product_id: ids, status: "issued" }, { select: ["product_id", "quantity"] }))) : []
  res.json({
    products: rows
      .filter((r) => byId.has(r.product_id))
      .map((r) => {
        const p = byId.get(r.product_id)!
        const projection = projectionOf(r)
        const last = [...(r.events ?? [])].sort((x, y) => +new Date(y.created_at) - +new Date(x.created_at))[0]
        return {
          id: p.id,
          title: p.title,
          status: p.status,
          thumbnail: p.thumbnail,
          producer: p.producer ?? null,
          stars: r.stars,
          score: r.score,
          group: r.group,
          subgroup: r.subgroup,
          province: r.province,
          legacy_province: r.legacy_province,
          certificate_id: r.id,
          certificate: projection.ocop_certificate,
          verification: projection.ocop_verification,
          changes: last?.changes ?? null,
          gtins: [...new Set((p.variants ?? []).map((v) => toGtin14(v.ean) ?? toGtin14(v.upc) ?? toGtin14(v.barcode)).filter(Boolean))],
          stamps_issued: stamps.filter((s) => s.product_id === p.id).reduce((n, s) => n + s.quantity, 0),
        }
      }),
    count,
    limit,
    offset,
  })
}
