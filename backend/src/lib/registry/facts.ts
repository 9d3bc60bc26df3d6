import {
  addDays,
  CERTIFIED_FACT_KEYS,
  EXPIRY_WARNING_DAYS,
  type CertifiedFacts,
  type OcopMetadata,
  type StarLevel,
  type TraceCertificateStatus,
} from "@ocop/shared"
import { vietnamToday } from "@ocop/shared"

/** A certificate as the registry stores it (module record, without relations). */
export type CertificateRow = CertifiedFacts & {
  id: string
  product_id: string
  producer_id: string | null
  number_key: string
  status: "pending" | "verified" | "rejected" | "revoked" | "expired" | "superseded"
  is_current: boolean
  supersedes_id: string | null
  decided_at: string | Date | null
  decided_by: string | null
  note: string | null
  resubmitted_at: string | Date | null
  previous_note: string | null
  created_at?: string | Date
}

/** The public-metadata keys the registry writes; nobody else may. */
export const PROJECTION_KEYS = [
  "ocop_stars", "ocop_province", "ocop_group", "ocop_subgroup", "ocop_legacy_province", "ocop_score", "ocop_certificate", "ocop_verification",
] as const

/** Two spellings of one decision number ("123/QĐ-UBND" and "123/qđ-ubnd ") are one number. */
export function numberKey(number: string): string {
  return number.normalize("NFC").toUpperCase().replace(/\s+/g, "")
}

/** The certified facts written in a (validated) metadata object. */
export function factsFromMetadata(meta: Partial<OcopMetadata>): CertifiedFacts {
  const c = meta.ocop_certificate!
  return {
    number: c.number.trim(),
    issuer: c.issuer.trim(),
    issued_at: c.issued_at,
    expires_at: c.expires_at,
    stars: Number(meta.ocop_stars) as StarLevel,
    score: meta.ocop_score ?? null,
    group: meta.ocop_group!,
    subgroup: meta.ocop_subgroup!,
    province: meta.ocop_province!,
    legacy_province: meta.ocop_legacy_province ?? null,
    scan_url: c.scan_url ?? null,
  }
}

export function factsOf(row: CertifiedFacts): CertifiedFacts {
  return Object.fromEntries(CERTIFIED_FACT_KEYS.map((k) => [k, row[k] ?? null])) as unknown as CertifiedFacts
}

/** Which certified facts differ, before → after (empty when none). */
export function changedFacts(before: CertifiedFacts | null, after: CertifiedFacts): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {}
  for (const k of CERTIFIED_FACT_KEYS) {
    const from = before ? (before[k] ?? null) : null
    const to = after[k] ?? null
    if (String(from) !== String(to)) out[k] = { from, to }
  }
  return out
}

/** The calendar day in Vietnam of an instant (revocations are dated as staff there see them). */
export function vietnamDay(at: Date | string = new Date()): string {
  return vietnamToday(at)
}

const iso = (d: string | Date | null) => (d ? new Date(d).toISOString() : undefined)

/**
 * The product metadata the public pages and search read, from the product's
 * current certificate. Same shape as before the registry, so readers did not
 * change: stars show only when verified and in date (`publicStars`).
 */
export function projectionOf(cert: CertificateRow): Record<string, unknown> {
  const verification =
    cert.status === "pending"
      ? {
          status: "pending",
          at: iso(cert.resubmitted_at) ?? iso(cert.created_at ?? null) ?? new Date().toISOString(),
          ...(cert.resubmitted_at ? { resubmitted_at: iso(cert.resubmitted_at) } : {}),
          ...(cert.previous_note ? { previous_note: cert.previous_note } : {}),
        }
      : cert.status === "rejected"
        ? { status: "rejected", at: iso(cert.decided_at), by: cert.decided_by ?? undefined, note: cert.note ?? undefined }
        : { status: "verified", ...(cert.decided_at ? { at: iso(cert.decided_at) } : {}), ...(cert.decided_by ? { by: cert.decided_by } : {}) }
  const revoked = cert.status === "revoked"
  return {
    ocop_stars: cert.stars,
    ocop_province: cert.province,
    ocop_group: cert.group,
    ocop_subgroup: cert.subgroup,
    ...(cert.legacy_province ? { ocop_legacy_province: cert.legacy_province } : {}),
    ...(cert.score !== null && cert.score !== undefined ? { ocop_score: cert.score } : {}),
    ocop_certificate: {
      number: cert.number,
      issuer: cert.issuer,
      issued_at: cert.issued_at,
      expires_at: cert.expires_at,
      ...(cert.scan_url ? { scan_url: cert.scan_url } : {}),
      ...(revoked ? { revoked_at: vietnamDay(cert.decided_at ?? new Date()), ...(cert.note ? { revoked_reason: cert.note } : {}) } : {}),
    },
    ocop_verification: Object.fromEntries(Object.entries(verification).filter(([, v]) => v !== undefined)),
  }
}

/**
 * Product metadata, as an update for Medusa's product workflow, with the
 * registry's projection in place of any OCOP keys it had. Medusa merges
 * product metadata key by key and deletes a key given as "": a projection key
 * the certificate does not have (a score, a former province) is sent as "".
 */
export function withProjection(metadata: Record<string, unknown> | null | undefined, cert: CertificateRow | null): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(metadata ?? {}).filter(([k]) => !(PROJECTION_KEYS as readonly string[]).includes(k)))
  if (!cert) return rest
  const projection = projectionOf(cert)
  const cleared = Object.fromEntries(PROJECTION_KEYS.filter((k) => !(k in projection)).map((k) => [k, ""]))
  return { ...rest, ...cleared, ...projection }
}

/** A certificate's status as a shopper should read it today (Vietnam's calendar). */
export function liveStatus(cert: Pick<CertificateRow, "status" | "expires_at">, today = vietnamDay()): TraceCertificateStatus {
  if (cert.status === "revoked") return "revoked"
  if (cert.status === "superseded") return "superseded"
  if (cert.status !== "verified" && cert.status !== "expired") return "pending"
  if (cert.expires_at < today) return "expired"
  return cert.expires_at <= addDays(today, EXPIRY_WARNING_DAYS) ? "expiring" : "valid"
}
