import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registryOf } from "../../../../lib/registry/records"

/** GET /admin/ocop/trace-reports — shoppers' reports of unknown or suspicious serials, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [reports, count] = await registryOf(req.scope).listAndCountTraceReports({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ reports: reports.map(({ client_key: _k, ...r }) => r), count, limit, offset })
}
