import type { CertifiedFacts, FieldProblem } from "@ocop/shared"
import { changedFacts, factsOf, numberKey, vietnamDay, type CertificateRow } from "./facts"

/** What a submission does to a product's certificates. */
export type CertificatePlan =
  | { kind: "unchanged"; certificate_id: string }
  | {
      kind: "create"
      facts: CertifiedFacts
      status: "pending" | "verified"
      supersedes_id: string | null
      /** the current certificate that stops being current (and is superseded when staff recorded a verified one) */
      retire: { id: string; superseded: boolean } | null
      action: "submitted" | "verified"
    }
  | {
      kind: "update"
      id: string
      facts: CertifiedFacts
      from_status: CertificateRow["status"]
      to_status: "pending" | "verified"
      action: "edited" | "resubmitted"
      changes: Record<string, { from: unknown; to: unknown }>
      retire: { id: string; superseded: boolean } | null
      resubmitted: boolean
    }

const NUMBER_FIELD = "ocop.ocop_certificate.number"

/** Why this number can never be used again on this product; null when it can. */
export function numberProblem(sameNumber: CertificateRow | null, field = NUMBER_FIELD): FieldProblem | null {
  if (sameNumber?.status === "revoked") {
    const on = sameNumber.decided_at ? vietnamDay(sameNumber.decided_at) : ""
    return {
      field,
      code: "certificate_revoked",
      params: { number: sameNumber.number, on },
      message: `${sameNumber.number} was revoked${on ? ` on ${on}` : ""}${sameNumber.note ? ` (${sameNumber.note})` : ""}: a revoked certificate cannot be used again; enter the number of a new certificate`,
    }
  }
  if (sameNumber?.status === "superseded") {
    return {
      field,
      code: "certificate_superseded",
      params: { number: sameNumber.number },
      message: `${sameNumber.number} was replaced by a newer certificate of this product and cannot be made current again`,
    }
  }
  return null
}

/**
 * A producer's certified facts for a product. A new number is a new
 * certificate (pending); a changed fact of the same certificate sends it back
 * to staff; a rejected one can be resubmitted. A revoked or superseded number
 * is refused, whatever was written in between (the record per product and
 * number is kept for good).
 */
export function planProducerSubmission(
  current: CertificateRow | null,
  sameNumber: CertificateRow | null,
  facts: CertifiedFacts,
  resubmit: boolean
): CertificatePlan | { kind: "refused"; problem: FieldProblem } {
  const isCurrent = !!current && !!sameNumber && current.id === sameNumber.id
  const changes = changedFacts(sameNumber ? factsOf(sameNumber) : null, facts)
  if (isCurrent && !Object.keys(changes).length && !resubmit) return { kind: "unchanged", certificate_id: current!.id }
  const problem = numberProblem(sameNumber)
  if (problem) return { kind: "refused", problem }
  const retire = current && !isCurrent ? { id: current.id, superseded: false } : null
  if (!sameNumber) {
    const renews = current && (current.status === "verified" || current.status === "expired")
    return { kind: "create", facts, status: "pending", supersedes_id: renews ? current!.id : null, retire, action: "submitted" }
  }
  const wasRejected = sameNumber.status === "rejected"
  return {
    kind: "update",
    id: sameNumber.id,
    facts,
    from_status: sameNumber.status,
    to_status: "pending",
    action: wasRejected ? "resubmitted" : "edited",
    changes,
    retire,
    resubmitted: wasRejected,
  }
}

/**
 * Staff record a certificate they checked themselves (a renewal, an upgrade,
 * a correction): verified at once. The same number corrects the current
 * certificate; a new number supersedes it. Revoked numbers stay refused.
 */
export function planStaffRecord(
  current: CertificateRow | null,
  sameNumber: CertificateRow | null,
  facts: CertifiedFacts
): CertificatePlan | { kind: "refused"; problem: FieldProblem } {
  const problem = numberProblem(sameNumber, "number")
  if (problem) return { kind: "refused", problem }
  const isCurrent = !!current && !!sameNumber && current.id === sameNumber.id
  const changes = changedFacts(sameNumber ? factsOf(sameNumber) : null, facts)
  if (isCurrent && !Object.keys(changes).length && current!.status === "verified") return { kind: "unchanged", certificate_id: current!.id }
  const retire = current && !isCurrent ? { id: current.id, superseded: current.status === "verified" || current.status === "expired" } : null
  if (!sameNumber) {
    return { kind: "create", facts, status: "verified", supersedes_id: retire?.superseded ? current!.id : null, retire, action: "verified" }
  }
  return { kind: "update", id: sameNumber.id, facts, from_status: sameNumber.status, to_status: "verified", action: "edited", changes, retire, resubmitted: false }
}

export { numberKey }
