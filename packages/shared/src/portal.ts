// What the producer portal API (/producer/*) answers; the backend builds
// these, the storefront portal reads them.
import type { CertificateStatus, VerificationStatus } from "./metadata"

export interface ProducerProductView {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: "draft" | "proposed" | "published" | "rejected"
  thumbnail: string | null
  images: string[]
  ocop: Record<string, any>
  story: string | null
  verification: { status: VerificationStatus; note: string | null; at: string | null }
  certificate_status: CertificateStatus
  updated_at: string
  variants: { id: string; title: string; sku: string | null; price: number; stock: number; reserved: number }[]
}

export interface ProducerOrderView {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  payment_status: string
  delivery: string | null
  ship_to: { name: string; phone: string | null; address: string }
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
  total: number
  to_ship: number
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
