// What the producer portal API (/producer/*) answers; the backend builds
// these, the storefront portal reads them.
import type { CertificateStatus, OcopMetadata, VerificationStatus } from "./metadata"

export interface ProducerProductView {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: "draft" | "proposed" | "published" | "rejected"
  thumbnail: string | null
  images: string[]
  /** the images in order with the producer's upload behind each (null: not an upload of theirs, e.g. seeded) */
  photos: { id: string | null; url: string }[]
  /** the product's OCOP metadata as stored (a product still being written may lack some facts) */
  ocop: Partial<OcopMetadata> & Record<string, unknown>
  story: string | null
  /**
   * `note`: staff's note of the last decision; after a resubmission the product
   * is pending again and the rejection's note moves to `previous_note`.
   */
  verification: {
    status: VerificationStatus
    note: string | null
    at: string | null
    previous_note: string | null
    resubmitted_at: string | null
  }
  certificate_status: CertificateStatus
  updated_at: string
  variants: { id: string; title: string; sku: string | null; price: number; stock: number; reserved: number }[]
}

/** How the buyer pays: our short names for the shop's payment providers, another provider's id as is. */
export type PaymentMethod = "cod" | "vietqr" | "card" | (string & {})

const PAYMENT_METHODS: Record<string, PaymentMethod> = {
  pp_cod_ocop: "cod",
  pp_vietqr_ocop: "vietqr",
  pp_stripe_stripe: "card",
}

/** `pp_cod_ocop` → "cod", `pp_vietqr_ocop` → "vietqr", `pp_stripe_stripe` → "card"; another id unchanged. */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  return providerId ? (PAYMENT_METHODS[providerId] ?? providerId) : null
}

/** One parcel a producer handed to a carrier (a Medusa fulfillment marked shipped). */
export interface ShipmentView {
  carrier: string | null
  tracking_number: string | null
  shipped_at: string
}

export interface ProducerOrderView {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  payment_status: string
  /** "cod" | "vietqr" | "card" | another provider id; null before a payment was made */
  payment_method: PaymentMethod | null
  /** what the buyer pays for the whole order, delivery included (the order total) */
  buyer_total: number
  /** what the courier must collect: buyer_total for a COD order not yet paid, else 0 */
  collect_on_delivery: number
  /** the producer's own lines (quantity × unit price) */
  items_total: number
  /** same as items_total (kept for older callers) */
  total: number
  delivery: string | null
  ship_to: {
    name: string
    phone: string | null
    /** street and ward or commune (the province is `province_name`) */
    address: string
    /** province code, e.g. "ha-noi" */
    province: string | null
    /** its Vietnamese name, e.g. "Hà Nội" */
    province_name: string | null
  }
  items: {
    id: string
    title: string
    product_id: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    shipped_quantity: number
    fulfilled_quantity: number
  }[]
  /** units of the producer's lines not yet shipped */
  to_ship: number
  /** the producer's own parcels, oldest first */
  shipments: ShipmentView[]
}

export const PRODUCER_ORDER_FILTERS = ["all", "to_ship"] as const
export type ProducerOrderFilter = (typeof PRODUCER_ORDER_FILTERS)[number]

/** GET /producer/orders?status=all|to_ship&limit&offset */
export interface ProducerOrderList {
  orders: ProducerOrderView[]
  /** orders matching `status` */
  count: number
  counts: { all: number; to_ship: number }
  limit: number
  offset: number
}

/** GET /producer/attention: what is waiting for the producer (dashboard badges). */
export interface ProducerAttention {
  orders_to_ship: number
  products_rejected: number
  products_pending: number
}

/** GET /producer-invites/:token: who invites whom, before the invitee signs up. */
export interface ProducerInviteLookup {
  invite: {
    email: string
    producer: { name: string }
    expires_at: string
    status: "open" | "used" | "expired"
  }
}

/** GET /store/orders/:id/shipments: the parcels of an order, with the line items each holds. */
export interface OrderShipmentsView {
  shipments: (ShipmentView & { items: { line_item_id: string; title: string; quantity: number }[] })[]
}

export interface SalesTotals {
  orders: number
  units: number
  revenue: number
}

export interface ProducerSalesView {
  days: number
  period: SalesTotals
  all_time: SalesTotals
  top_products: { product_id: string; title: string; units: number; revenue: number }[]
}

export interface ProducerFileView {
  id: string
  kind: "image" | "certificate"
  url: string
  thumbnail_url: string | null
  filename: string
  mime_type: string
  size: number
  created_at: string
}
