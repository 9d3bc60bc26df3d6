import { MedusaError } from "@medusajs/framework/utils"
import { paymentMethodOf } from "@ocop/shared"

// The rules of a shopper's own cancellation, apart from the workflow that
// applies them (workflows/shopper-order/cancel-shopper-order.ts).

export const CANCELLABLE_ORDER_FIELDS = [
  "id",
  "status",
  "is_draft_order",
  "metadata",
  "customer_id",
  "customer.has_account",
  "fulfillments.id",
  "fulfillments.canceled_at",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captured_at",
]

export interface CancellableOrder {
  id: string
  status: string
  is_draft_order?: boolean | null
  metadata?: Record<string, unknown> | null
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
  fulfillments?: ({ id: string; canceled_at?: string | Date | null } | null)[] | null
  payment_collections?: ({
    payments?: ({ provider_id: string; amount: unknown; currency_code: string; captured_at?: string | Date | null } | null)[] | null
  } | null)[] | null
}

/** What staff must send back by hand: a bank transfer received before the shopper cancelled. */
export interface RefundDue {
  provider: "vietqr"
  amount: number
  currency_code: string
  requested_at: string
}

export type CancelRefusalCode = "sign_in_required" | "already_canceled" | "already_shipped"

/** Why this asker may not cancel this order now; null when they may. */
export function cancelRefusal(
  order: CancellableOrder | undefined,
  customerId: string | null
): { type: string; code: CancelRefusalCode | "not_found"; message: string } | null {
  if (!order || order.is_draft_order) return { type: MedusaError.Types.NOT_FOUND, code: "not_found", message: "No such order." }
  // an order of a registered account is cancelled from that account, not by whoever has its link
  if (order.customer?.has_account && order.customer_id !== customerId)
    return { type: MedusaError.Types.UNAUTHORIZED, code: "sign_in_required", message: "Sign in to the account that placed this order to cancel it." }
  if (order.status === "canceled") return { type: MedusaError.Types.NOT_ALLOWED, code: "already_canceled", message: "This order is already cancelled." }
  const shipped = order.status === "completed" || (order.fulfillments ?? []).some((f) => f && !f.canceled_at)
  if (shipped) return { type: MedusaError.Types.NOT_ALLOWED, code: "already_shipped", message: "Part of this order has already left the producer; it can no longer be cancelled here." }
  return null
}

export function refundDueOf(order: CancellableOrder, now: Date): RefundDue | null {
  const received = (order.payment_collections ?? [])
    .flatMap((c) => c?.payments ?? [])
    .filter((p): p is NonNullable<typeof p> => !!p && paymentMethodOf(p.provider_id) === "vietqr" && !!p.captured_at)
  if (!received.length) return null
  return {
    provider: "vietqr",
    amount: received.reduce((sum, p) => sum + Number(p.amount), 0),
    currency_code: received[0].currency_code,
    requested_at: now.toISOString(),
  }
}
