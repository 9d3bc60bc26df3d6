import { MedusaError } from "@medusajs/framework/utils"
import { describeErrors, parseOcopMetadata, type OcopVerification } from "@ocop/shared"

type Meta = Record<string, any>

// What staff verify: a change to any of these needs a new verification.
function certifiedFacts(m: Meta): string {
  const c = m.ocop_certificate ?? {}
  return JSON.stringify([m.ocop_stars, m.ocop_province, m.ocop_group, m.ocop_subgroup, c.number, c.issued_at, c.expires_at, c.issuer, c.scan_url])
}

/**
 * Product metadata after a producer's write: their OCOP fields over the
 * previous ones, never their own verification or revocation. A new or
 * changed certificate waits for staff; a revocation stays with its
 * certificate number.
 */
export function composeProducerMetadata(
  previous: Meta | null,
  ocop: Meta | undefined,
  extra: { story?: string | null; scanUrl?: string | null },
  now = new Date()
): Meta {
  const { ocop_verification: _v, ...given } = ocop ?? {}
  const next: Meta = { ...(previous ?? {}), ...given }
  const prevCert = previous?.ocop_certificate ?? {}
  if (given.ocop_certificate && typeof given.ocop_certificate === "object") {
    const { revoked_at: _r, revoked_reason: _rr, scan_url: _s, ...cert } = given.ocop_certificate as Meta
    const sameNumber = prevCert.number && prevCert.number === cert.number
    next.ocop_certificate = {
      ...cert,
      ...(prevCert.scan_url && sameNumber ? { scan_url: prevCert.scan_url } : {}),
      ...(prevCert.revoked_at && sameNumber ? { revoked_at: prevCert.revoked_at, revoked_reason: prevCert.revoked_reason } : {}),
    }
  }
  if (extra.scanUrl && next.ocop_certificate && typeof next.ocop_certificate === "object") {
    next.ocop_certificate = { ...next.ocop_certificate, scan_url: extra.scanUrl }
  }
  if (extra.story !== undefined) {
    if (extra.story) next.ocop_story = extra.story
    else delete next.ocop_story
  }
  const unchanged = previous && certifiedFacts(previous) === certifiedFacts(next)
  next.ocop_verification = unchanged && previous.ocop_verification
    ? previous.ocop_verification
    : ({ status: "pending", at: now.toISOString() } satisfies OcopVerification)

  const r = parseOcopMetadata(next)
  if (!r.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, describeErrors(r.errors.map((e) => ({ ...e, field: e.field.replace(/^metadata\./, "ocop.") }))))
  return next
}
