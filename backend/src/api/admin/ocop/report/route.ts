import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { projectionOf, type CertificateRow } from "../../../../lib/registry/facts"
import { registryOf } from "../../../../lib/registry/records"
import { buildOcopReport, toCsv, type ReportProduct } from "../../../../lib/reports/ocop-report"
import { vietnamToday } from "@ocop/shared"

/** GET /admin/ocop/report — from the OCOP registry: counts by stars × group × province and certificates expiring soon; `format=csv&table=…` to download. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { format, table, days } = req.validatedQuery as { format: "json" | "csv"; table: "counts" | "expiring"; days: number }
  // every product's current certificate, as the registry keeps it; the rules for
  // public stars live in @ocop/shared (applied to the certificate's projection), not in SQL
  const certificates = (await registryOf(req.scope).listOcopCertificates({ is_current: true })) as unknown as CertificateRow[]
  const { data } = certificates.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "status", "producer.name"],
        filters: { id: certificates.map((c) => c.product_id) },
      })
    : { data: [] }
  const byId = new Map(data.map((p) => [p.id, p] as const))
  const products: ReportProduct[] = certificates
    .filter((c) => byId.has(c.product_id))
    .map((c) => {
      const p = byId.get(c.product_id)!
      return { id: p.id, title: p.title, status: p.status, metadata: projectionOf(c), producer_name: p.producer?.name ?? null }
    })
  const today = vietnamToday()
  const report = buildOcopReport(products, today, days)
  if (format === "json") return res.json({ report })
  const csv =
    table === "counts"
      ? toCsv(report.counts, ["stars", "group", "group_name", "province", "province_name", "products"])
      : toCsv(report.expiring, ["product_id", "title", "producer", "stars", "province_name", "certificate_number", "expires_at", "days_left"])
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ocop-${table}-${today}.csv"`)
  res.send(csv)
}
