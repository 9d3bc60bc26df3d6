// The shopper's own order routes, answered by the backend and read by the
// storefront: finding a guest order and cancelling one.

/** POST /store/order-lookup: the order's id is the key of its page. */
export interface OrderLookupAnswer {
  order: { id: string; display_id: number }
}

/** POST /store/orders/:id/cancel */
export interface OrderCancelAnswer {
  order: { id: string; status: "canceled" }
  /** a bank transfer already received, which staff send back by hand */
  refund_due: { provider: "vietqr"; amount: number; currency_code: string; requested_at: string } | null
}

/** Refusals of a cancellation (the `code` of the 4xx body), for pages to say in their language. */
export const ORDER_CANCEL_REFUSALS = ["sign_in_required", "already_canceled", "already_shipped"] as const
