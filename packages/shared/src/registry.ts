// The OCOP registry's contract: certificates with their history, stamp
// batches and stamps, and what the trace page receives. The backend's
// ocop-registry module stores these; the storefront and the admin read them.
import type { StarLevel } from "./metadata"

/**
 * A certificate's life: a producer's entry waits (pending) until staff verify
 * or reject it; a rejected one can be corrected and sent back (pending again);
 * staff may revoke a verified one — final for that number on that product; a
 * renewal or upgrade supersedes it; past its expiry date it is expired.
 */
export const CERTIFICATE_RECORD_STATUSES = ["pending", "verified", "rejected", "revoked", "expired", "superseded"] as const
export type CertificateRecordStatus = (typeof CERTIFICATE_RECORD_STATUSES)[number]

export const CERTIFICATE_ACTIONS = ["submitted", "edited", "resubmitted", "verified", "rejected", "revoked", "superseded", "imported"] as const
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number]

/** One change of a certificate: who, when, why, and which certified facts changed (before → after). */
export interface CertificateEvent {
  id: string
  action: CertificateAction
  from_status: CertificateRecordStatus | null
  to_status: CertificateRecordStatus
  by: string
  note: string | null
  changes: Record<string, { from: unknown; to: unknown }> | null
  created_at: string
}

/** Every fact a council certifies; changing any of them needs staff again. */
export interface CertifiedFacts {
  number: string
  issuer: string
  issued_at: string
  expires_at: string
  stars: StarLevel
  score: number | null
  group: string
  subgroup: string
  province: string
  legacy_province: string | null
  scan_url: string | null
}

export const CERTIFIED_FACT_KEYS = [
  "number", "issuer", "issued_at", "expires_at", "stars", "score", "group", "subgroup", "province", "legacy_province", "scan_url",
] as const satisfies readonly (keyof CertifiedFacts)[]

export interface OcopCertificateRecord extends CertifiedFacts {
  id: string
  product_id: string
  producer_id: string | null
  status: CertificateRecordStatus
  /** the one the product's public metadata shows (exactly one per product) */
  is_current: boolean
  /** the certificate this one renewed or upgraded */
  supersedes_id: string | null
  decided_at: string | null
  decided_by: string | null
  note: string | null
  created_at: string
  events?: CertificateEvent[]
}

/** A certificate as staff read it: with its status today and, when asked, its history. */
export type CertificateRecordView = OcopCertificateRecord & { live_status: TraceCertificateStatus }

/** One line of a product's star history, newest first (for product and trace pages). */
export interface StarHistoryEntry {
  number: string
  stars: StarLevel
  issued_at: string
  expires_at: string
  status: CertificateRecordStatus
}

export const STAMP_BATCH_STATUSES = ["requested", "issued", "declined"] as const
export type StampBatchStatus = (typeof STAMP_BATCH_STATUSES)[number]

export interface StampBatch {
  id: string
  product_id: string
  producer_id: string | null
  quantity: number
  lot: string | null
  produced_on: string | null
  best_before: string | null
  gtin: string | null
  status: StampBatchStatus
  requested_by: string | null
  decided_by: string | null
  decided_at: string | null
  note: string | null
  created_at: string
}

/** A live certificate status as a shopper reads it on the trace page. */
export type TraceCertificateStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded" | "pending"

/** What `GET /store/trace/:serial` answers. */
export interface TraceRecord {
  serial: string
  url: string
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  producer: { id: string; handle: string; name: string; type: string; province: string; ward?: string | null; address?: string | null } | null
  origin: { province: string; legacy_province: string | null }
  certificate: {
    number: string
    issuer: string
    issued_at: string
    expires_at: string
    stars: StarLevel
    status: TraceCertificateStatus
    /** stars a shopper may trust today; null when not valid */
    public_stars: StarLevel | null
  } | null
  batch: { lot: string | null; produced_on: string | null; best_before: string | null; gtin: string | null; issued_at: string | null }
  star_history: StarHistoryEntry[]
  /** published sales points that stock the product */
  sales_points: { handle: string; name: string; province: string; address: string | null }[]
  lookups: { count: number; clients: number; suspicious: boolean }
}
