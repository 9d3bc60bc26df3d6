// The one schema for OCOP product metadata. Every write of a product (admin,
// producer portal, seed) goes through `parseOcopMetadata`; readers use
// `certificateStatus` to decide whether stars may be shown.
import { z } from "zod"
import { issueCode, zodProblems, type FieldProblem } from "./field-errors"
import { vietnamToday } from "./format"
import { GROUP_CODES, groupByCode } from "./groups"
import { canonicalLegacyProvince, isCentralIssuer, LEGACY_PROVINCE_NAMES, legacyProvinceEndedOn, PROVINCE_CODES, provinceByCode, provinceOfLegacy } from "./provinces"

export const CERTIFICATE_VALID_MONTHS = 36
export const STORY_MAX_LENGTH = 5000
export const STAR_LEVELS = [3, 4, 5] as const
export type StarLevel = (typeof STAR_LEVELS)[number]

const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" })
  .refine((v) => isRealDay(v), { error: "is not a real calendar date", params: issueCode("invalid_date") })

export const certificateSchema = z
  .object({
    number: z
      .string({ error: "is required (the decision number printed on the certificate)" })
      .trim()
      .min(3, { error: "is too short: give the decision number printed on the certificate" })
      .max(80, { error: "must be at most 80 characters" }),
    issued_at: isoDate,
    expires_at: isoDate,
    issuer: z
      .string({ error: "is required (the body that issued the certificate)" })
      .trim()
      .min(3, { error: "is too short: name the body that issued the certificate" })
      .max(200, { error: "must be at most 200 characters" }),
    // the scanned certificate the producer uploaded (staff compare it before verifying)
    scan_url: z.url({ error: "must be the address of the uploaded scan" }).max(1000).optional(),
    revoked_at: isoDate.optional(),
    revoked_reason: z.string().max(500).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.expires_at <= c.issued_at) {
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "must be after issued_at", params: issueCode("date_order") })
      return
    }
    const limit = addMonths(c.issued_at, CERTIFICATE_VALID_MONTHS)
    if (c.expires_at > limit) {
      ctx.addIssue({
        code: "custom",
        path: ["expires_at"],
        message: `must be at most ${CERTIFICATE_VALID_MONTHS} months after issued_at (${limit} at the latest)`,
        params: issueCode("validity_too_long", { months: CERTIFICATE_VALID_MONTHS, latest: limit }),
      })
    }
  })

/**
 * Staff check every certificate a producer enters or changes before its stars
 * are shown. Absent on products staff created themselves (already checked).
 */
export const VERIFICATION_STATUSES = ["pending", "verified", "rejected"] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]
export const verificationSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES, { error: `must be one of ${VERIFICATION_STATUSES.join(", ")}` }),
  at: z.string().max(40).optional(),
  by: z.string().max(200).optional(),
  note: z.string().max(1000).optional(),
  // a rejected product the producer corrected and sent back: when, and what staff had said
  resubmitted_at: z.string().max(40).optional(),
  previous_note: z.string().max(1000).optional(),
})
export type OcopVerification = z.infer<typeof verificationSchema>

/** A product's verification state; products without a record were entered by staff. */
export function verificationStatus(meta: { ocop_verification?: { status?: string } | null } | null | undefined): VerificationStatus {
  const s = meta?.ocop_verification?.status
  return s === "pending" || s === "rejected" ? s : "verified"
}

const stars = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v),
  z.union([z.literal(3), z.literal(4), z.literal(5)], {
    error: "must be 3, 4 or 5 (only 3★ and above are OCOP-certified)",
  })
)

export const ocopMetadataSchema = z
  .object({
    ocop_stars: stars,
    ocop_province: z.enum(PROVINCE_CODES, {
      error: (iss) =>
        typeof iss.input === "string" && provinceOfLegacy(iss.input)
          ? `"${iss.input}" is a former province: use "${provinceOfLegacy(iss.input)!.code}" and put the old name in ocop_legacy_province`
          : "must be the code of one of the 34 current provinces, e.g. ha-noi, thai-nguyen, ho-chi-minh",
    }),
    ocop_group: z.enum(GROUP_CODES, {
      error: `must be one of ${GROUP_CODES.join(", ")}`,
    }),
    ocop_subgroup: z.string({ error: "is required" }),
    ocop_certificate: certificateSchema,
    // any dash of "Bà Rịa - Vũng Tàu" is one name: stored as this package spells it
    ocop_legacy_province: z
      .preprocess(
        (v) => (typeof v === "string" ? (canonicalLegacyProvince(v) ?? v) : v),
        z.enum(LEGACY_PROVINCE_NAMES as [string, ...string[]], {
          error: "must be the name of a former province merged in 2025, e.g. Bắc Kạn",
        })
      )
      .optional(),
    ocop_score: z.number().int().min(0).max(100).optional(),
    ocop_verification: verificationSchema.optional(),
    // the product's story as the producer tells it (same limit as the portal's story field)
    ocop_story: z.string({ error: "must be text" }).max(STORY_MAX_LENGTH, { error: `must be at most ${STORY_MAX_LENGTH} characters` }).optional(),
  })
  // anything else is refused (named), so nothing unchecked reaches public pages
  .strict()
  .superRefine((m, ctx) => {
    const group = groupByCode(m.ocop_group)
    if (group && !group.subgroups.some((sg) => sg.code === m.ocop_subgroup)) {
      ctx.addIssue({
        code: "custom",
        path: ["ocop_subgroup"],
        message: `must be one of ${group.subgroups.map((x) => x.code).join(", ")} for group ${group.code}`,
        params: issueCode("subgroup_mismatch", { group: group.code }),
      })
    }
    if (m.ocop_legacy_province) {
      const now = provinceOfLegacy(m.ocop_legacy_province)
      if (now && now.code !== m.ocop_province) {
        ctx.addIssue({
          code: "custom",
          path: ["ocop_legacy_province"],
          message: `${m.ocop_legacy_province} is now part of ${now.name} (${now.code}), not ${provinceByCode(m.ocop_province)?.name}`,
          params: issueCode("legacy_province_mismatch", { province: now.code }),
        })
      }
      const endedOn = legacyProvinceEndedOn(m.ocop_legacy_province)
      if (endedOn && m.ocop_certificate.issued_at >= endedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["ocop_legacy_province"],
          message: `${m.ocop_legacy_province} no longer existed on ${m.ocop_certificate.issued_at} (merged on ${endedOn}): a certificate issued since names ${now?.name ?? "the current province"}; leave the former province out`,
          params: issueCode("legacy_province_after_merger", { merged_on: endedOn }),
        })
      }
    }
    if (m.ocop_stars === 5 && !isCentralIssuer(m.ocop_certificate.issuer)) {
      ctx.addIssue({
        code: "custom",
        path: ["ocop_certificate", "issuer"],
        message: "a 5★ certificate is issued at central level (Bộ Nông nghiệp và Môi trường, before 1 March 2025 Bộ Nông nghiệp và Phát triển nông thôn), not by a province",
        params: issueCode("issuer_not_central"),
      })
    }
    if (m.ocop_score !== undefined && starsForScore(m.ocop_score) !== m.ocop_stars) {
      ctx.addIssue({
        code: "custom",
        path: ["ocop_score"],
        message: `a score of ${m.ocop_score} earns ${starsForScore(m.ocop_score)}★, not ${m.ocop_stars}★`,
        params: issueCode("score_mismatch", { stars: starsForScore(m.ocop_score) }),
      })
    }
  })

export type OcopMetadata = z.infer<typeof ocopMetadataSchema>
export type OcopCertificate = z.infer<typeof certificateSchema>

export type FieldError = FieldProblem

export type ParseResult = { ok: true; data: OcopMetadata } | { ok: false; errors: FieldError[] }

export function parseOcopMetadata(input: unknown): ParseResult {
  const r = ocopMetadataSchema.safeParse(input ?? {})
  if (r.success) return { ok: true, data: r.data }

  const legacy = (input as Record<string, unknown> | null)?.ocop_province
  return {
    ok: false,
    errors: zodProblems(r.error, ["metadata"]).map((p) =>
      // a former province's name where the new code belongs: say which code to use
      p.field === "metadata.ocop_province" && typeof legacy === "string" && provinceOfLegacy(legacy)
        ? { ...p, code: "former_province" as const, params: { province: provinceOfLegacy(legacy)!.code } }
        : p
    ),
  }
}

export const OCOP_METADATA_KEYS = Object.keys(ocopMetadataSchema.shape) as (keyof OcopMetadata)[]

/** Keys of a product's metadata that are no OCOP product field. */
export function unknownMetadataKeys(input: unknown): string[] {
  if (!input || typeof input !== "object" || Array.isArray(input)) return []
  return Object.keys(input).filter((k) => !(OCOP_METADATA_KEYS as string[]).includes(k))
}

/** One sentence a person can act on, naming every bad field. */
export function describeErrors(errors: FieldError[]): string {
  return "Invalid OCOP metadata: " + errors.map((e) => `${e.field} ${e.message}`).join("; ")
}

export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  if (score >= 30) return 2
  return 1
}

export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked"

export const EXPIRY_WARNING_DAYS = 60

export function certificateStatus(
  cert: Pick<OcopCertificate, "expires_at" | "revoked_at"> | undefined | null,
  today: string = vietnamToday()
): CertificateStatus {
  if (!cert?.expires_at) return "expired"
  if (cert.revoked_at && cert.revoked_at <= today) return "revoked"
  if (cert.expires_at < today) return "expired"
  return cert.expires_at <= addDays(today, EXPIRY_WARNING_DAYS) ? "expiring" : "valid"
}

/** Stars shown to the public: none until staff verified the certificate, none once it expired or was revoked. */
export function publicStars(meta: Partial<OcopMetadata> | null | undefined, today?: string): StarLevel | null {
  if (!meta?.ocop_stars) return null
  if (verificationStatus(meta) !== "verified") return null
  const status = certificateStatus(meta.ocop_certificate, today)
  return status === "valid" || status === "expiring" ? (Number(meta.ocop_stars) as StarLevel) : null
}

function isRealDay(isoDay: string): boolean {
  const d = new Date(isoDay + "T00:00:00Z")
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === isoDay
}

export function addMonths(isoDay: string, months: number): string {
  const d = new Date(isoDay + "T00:00:00Z")
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

export function addDays(isoDay: string, days: number): string {
  const d = new Date(isoDay + "T00:00:00Z")
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
