import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { buildOcopReport, toCsv, type ReportProduct } from "../../../../lib/reports/ocop-report"

/** GET /admin/ocop/report — counts by stars × group × province and certificates expiring soon; `format=csv&table=…` to download. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { format, table, days } = req.validatedQuery as { format: "json" | "csv"; table: "counts" | "expiring"; days: number }
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // one pass over every product: the rules for public stars live in @ocop/shared, not in SQL
  const products: ReportProduct[] = await db("product as p")
    .leftJoin("producer_producer_product_product as l", function () {
      this.on("l.product_id", "p.id").andOnNull("l.deleted_at")
    })
    .leftJoin("producer as pr", "pr.id", "l.producer_id")
    .whereNull("p.deleted_at")
    .select("p.id", "p.title", "p.status", "p.metadata", "pr.name as producer_name")
  const today = new Date().toISOString().slice(0, 10)
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
