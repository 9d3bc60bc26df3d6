import { describeErrors, parseOcopMetadata, type FieldProblem, type OcopCertificate, type OcopMetadata, type OcopVerification } from "@ocop/shared"
import { InvalidFieldsError } from "../invalid-fields"

/** product metadata as stored or sent: the OCOP fields by their names, not yet checked */
type Meta = Omit<Partial<OcopMetadata>, "ocop_certificate"> & { ocop_certificate?: Partial<OcopCertificate> } & Record<string, unknown>

// What staff verify: a change to any of these needs a new verification.
function certifiedFacts(m: Meta): string {
  const c: Partial<OcopCertificate> = m.ocop_certificate ?? {}
  return JSON.stringify([m.ocop_stars, m.ocop_province, m.ocop_group, m.ocop_subgroup, c.number, c.issued_at, c.expires_at, c.issuer, c.scan_url])
}

/**
 * Product metadata after a producer's write: their OCOP fields over the
 * previous ones, never their own verification or revocation. A new or
 * changed certificate waits for staff; so does a rejected product the
 * producer resubmits (`resubmit`), with staff's note kept as `previous_note`.
 * A revocation stays with its certificate number. Throws an
 * `InvalidFieldsError` naming each bad `ocop.*` field.
 */
export function composeProducerMetadata(
  previous: Meta | null,
  ocop: Meta | undefined,
  extra: { story?: string | null; scanUrl?: string | null; resubmit?: boolean },
  now = new Date()
): OcopMetadata & Record<string, unknown> {
  const next = mergeProducerMetadata(previous, ocop, extra, now)
  const problems = metadataProblems(next)
  if (problems.length) throw new InvalidFieldsError(problems, describeErrors(problems))
  // it passed parseOcopMetadata just above
  return next as OcopMetadata & Record<string, unknown>
}

/** What is wrong with the OCOP fields a producer sent (none when `ocop` is not an object): for a 400 that lists everything at once. */
export function ocopFieldProblems(previous: Meta | null, ocop: unknown): FieldProblem[] {
  if (!ocop || typeof ocop !== "object" || Array.isArray(ocop)) return []
  return metadataProblems(mergeProducerMetadata(previous, ocop as Meta, {}, new Date()))
}

function metadataProblems(next: Meta): FieldProblem[] {
  const r = parseOcopMetadata(next)
  return r.ok ? [] : r.errors.map((e) => ({ ...e, field: e.field.replace(/^metadata\./, "ocop.") }))
}

function mergeProducerMetadata(previous: Meta | null, ocop: Meta | undefined, extra: { story?: string | null; scanUrl?: string | null; resubmit?: boolean }, now: Date): Meta {
  const { ocop_verification: _v, ...given } = ocop ?? {}
  const next: Meta = { ...(previous ?? {}), ...given }
  const prevCert: Partial<OcopCertificate> = previous?.ocop_certificate ?? {}
  if (given.ocop_certificate && typeof given.ocop_certificate === "object") {
    const { revoked_at: _r, revoked_reason: _rr, scan_url: _s, ...cert } = given.ocop_certificate
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
    // "" deletes a story the product had: Medusa merges product metadata key by key
    if (extra.story) next.ocop_story = extra.story
    else if (previous?.ocop_story) next.ocop_story = ""
    else delete next.ocop_story
  }
  const prevVerification = previous?.ocop_verification as OcopVerification | undefined
  const unchanged = previous && certifiedFacts(previous) === certifiedFacts(next)
  if (unchanged && !extra.resubmit) {
    // nothing staff checked has changed: their decision stands (none on products staff entered)
    if (prevVerification) next.ocop_verification = prevVerification
    else delete next.ocop_verification
  } else {
    const at = now.toISOString()
    // back from a rejection (resubmitted, or the certified facts corrected): staff's reason stays readable
    const wasRejected = prevVerification?.status === "rejected"
    next.ocop_verification = {
      status: "pending",
      at,
      ...(wasRejected ? { resubmitted_at: at } : {}),
      ...(wasRejected && prevVerification?.note ? { previous_note: prevVerification.note } : {}),
    } satisfies OcopVerification
  }
  return next
}
