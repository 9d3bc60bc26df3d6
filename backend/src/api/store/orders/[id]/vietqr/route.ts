import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { receivingAccount, transferReference, vietQrPayload } from "../../../../../lib/payments/vietqr"

// GET /store/orders/:id/vietqr — what the order page needs to pay by bank
// transfer: the VietQR payload for the exact amount due and the reference.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "currency_code", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at"],
    filters: { id: req.params.id },
  })
  const order = data[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${req.params.id}`)
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
  const transfer = payments.find((p) => p?.provider_id === "pp_vietqr_ocop")
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order.display_id} is not paid by VietQR transfer`)
  const amount = Number(order.total)
  const reference = transferReference(order.display_id!)
  res.json({
    amount,
    currency_code: order.currency_code,
    reference,
    paid: !!transfer.captured_at,
    account: receivingAccount(),
    payload: vietQrPayload(amount, reference),
  })
}
