import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderShipmentsView } from "@ocop/shared"
import { SHIPMENT_FIELDS, shipmentsOf } from "../../../../../lib/orders/shipments"

// GET /store/orders/:id/shipments — the parcels of an order that left, with
// the carrier and tracking number each producer entered. Answered on the same
// terms as Medusa's GET /store/orders/:id (and our /vietqr): whoever holds the
// order's id (an unguessable ULID, in the order page's address) may read it.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "is_draft_order", ...SHIPMENT_FIELDS],
    filters: { id: req.params.id },
  })
  const order = data[0]
  if (!order || order.is_draft_order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${req.params.id}`)
  const body: OrderShipmentsView = { shipments: shipmentsOf(order) }
  res.json(body)
}
