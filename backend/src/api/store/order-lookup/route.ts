import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderLookupAnswer } from "@ocop/shared"
import { contactMatches } from "../../../lib/orders/order-contact"
import type { OrderLookupBody } from "./validators"

// POST /store/order-lookup { order_number, contact } — "Tra cứu đơn hàng" for
// guests: the order number and the phone or e-mail it was placed with give the
// order's id, the key of its order page. A wrong number and a wrong contact get
// the same 404, so the answer says nothing about which orders exist; failures
// are budgeted per client and per order number (order-lookup-budget.ts).
export const POST = async (req: MedusaRequest<OrderLookupBody>, res: MedusaResponse) => {
  const { order_number, contact } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "is_draft_order", "shipping_address.phone", "billing_address.phone"],
    filters: { display_id: order_number },
  })
  const order = data.find(
    (o) =>
      !o.is_draft_order &&
      (contactMatches(contact, { email: o.email, phone: o.shipping_address?.phone }) ||
        contactMatches(contact, { phone: o.billing_address?.phone }))
  )
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order has this number with this phone number or e-mail address.")
  const body: OrderLookupAnswer = { order: { id: order.id, display_id: order.display_id as number } }
  res.json(body)
}
