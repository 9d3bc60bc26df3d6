import type { ProducerProductView } from "@ocop/shared"

// One status per product, in the producer's words: what it is and what happens
// next. Sale status, certificate review and certificate validity are three
// facts in the backend; a producer needs the one that asks something of them.
export type ProductState =
  | "rejected"
  | "review_first"
  | "on_sale_review"
  | "revoked"
  | "expired"
  | "expiring"
  | "hidden"
  | "on_sale"

export const STATE_TONE: Record<ProductState, "action" | "wait" | "ok" | "off"> = {
  rejected: "action",
  expired: "action",
  expiring: "action",
  revoked: "off",
  review_first: "wait",
  on_sale_review: "wait",
  hidden: "off",
  on_sale: "ok",
}

type Facts = Pick<ProducerProductView, "status" | "verification" | "certificate_status">

export function productState(p: Facts): ProductState {
  if (p.verification.status === "rejected") return "rejected"
  if (p.certificate_status === "revoked") return "revoked"
  if (p.verification.status === "pending") return p.status === "published" ? "on_sale_review" : "review_first"
  if (p.status !== "published") return "hidden"
  if (p.certificate_status === "expired") return "expired"
  if (p.certificate_status === "expiring") return "expiring"
  return "on_sale"
}
