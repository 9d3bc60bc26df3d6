import type { CertificateEvent, CertificateRecordView, StampBatch } from "@ocop/shared"
import { adminFetch } from "./api"

// What the registry's admin routes (src/api/admin/ocop) answer, as the pages
// read it. Dates of decisions and events are ISO timestamps; certificate and
// batch dates are calendar days (YYYY-MM-DD).

export type Changes = Record<string, { from: unknown; to: unknown }> | null

// the contract's shapes (packages/shared/src/registry.ts)
export type CertificateEventRow = CertificateEvent
export type CertificateRow = CertificateRecordView

export type BatchRow = StampBatch & { legacy?: boolean }

export interface StampRow {
  serial: string
  url: string
  lookup_count: number
  client_count: number
  suspicious?: boolean
  last_looked_up_at?: string | null
}

export interface SuspiciousStampRow extends StampRow {
  batch_id: string | null
  lot: string | null
  product: { id: string; title: string; producer?: { name: string } | null } | null
}

export interface TraceReportRow {
  id: string
  serial: string
  stamp_id: string | null
  message: string | null
  contact: string | null
  status: "open" | "closed"
  created_at: string
}

/** where a product's certificates are read (whole: a few per product) and recorded */
export const certificatesPath = (productId: string) => `/admin/ocop/products/${productId}/certificates`

/** A certificate staff checked on paper: `changed` is false when it matched what was recorded already. */
export const recordCertificate = (productId: string, body: Record<string, unknown>) =>
  adminFetch<{ certificate: CertificateRow; changed: boolean }>(certificatesPath(productId), { method: "POST", body })

export const issueBatch = (body: Record<string, unknown>) =>
  adminFetch<{ batch: BatchRow }>("/admin/ocop/stamp-batches", { method: "POST", body })

export const decideBatch = (batchId: string, action: "issue" | "decline", note?: string) =>
  adminFetch<{ batch: BatchRow }>(`/admin/ocop/stamp-batches/${batchId}/decision`, { method: "POST", body: { action, ...(note ? { note } : {}) } })

/** The batch's A4 label sheets; a plain link so the browser sends the session cookie and opens the PDF itself. */
export const labelsUrl = (batchId: string) => `/admin/ocop/stamp-batches/${batchId}/labels`
