import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_RECOVERY_MODULE } from "../../../modules/order-recovery"
import type OrderRecoveryModuleService from "../../../modules/order-recovery/service"

/**
 * GET /admin/order-repairs — checkouts a fault cut short and what recovery did
 * (order completed, or cancelled with its stock released), newest first, with
 * the order's number and the shopper's e-mail so staff can call them.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const service = req.scope.resolve<OrderRecoveryModuleService>(ORDER_RECOVERY_MODULE)
  const [repairs, count] = await service.listAndCountOrderRepairs({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status"],
    filters: { id: [...new Set(repairs.map((r) => r.order_id))] },
  })
  const byId = new Map(orders.map((o) => [o.id, o]))
  res.json({
    repairs: repairs.map((r) => ({ ...r, order: byId.get(r.order_id) ?? null })),
    count,
    limit,
    offset,
  })
}
