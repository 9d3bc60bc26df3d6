import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fairStatus } from "@ocop/shared"
import { PUBLIC_FAIR_FIELDS } from "../../../lib/store/public-fields"
import type { StoreFairsParams } from "./validators"

// GET /store/fairs — published trade fairs: running and upcoming soonest first, past most recent first.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const p = req.validatedQuery as StoreFairsParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fair",
    fields: [...PUBLIC_FAIR_FIELDS, "producers.id"],
    filters: { published: true },
  })
  const now = new Date()
  const rank = { current: 0, upcoming: 1, past: 2 }
  const fairs = data
    .map(({ producers, ...fair }) => ({
      ...fair,
      status: fairStatus(fair as { starts_at: string; ends_at: string }, now),
      exhibitor_count: (producers ?? []).filter(Boolean).length,
    }))
    .filter((f) => !p.status || f.status === p.status)
    .sort((a, b) => {
      if (a.status !== b.status) return rank[a.status] - rank[b.status]
      const diff = new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime()
      return a.status === "past" ? -diff : diff
    })
  res.json({ fairs, count: fairs.length })
}
