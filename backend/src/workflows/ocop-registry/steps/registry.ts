import type { MedusaContainer } from "@medusajs/framework/types"
import type { CertificateRow } from "../../../lib/registry/facts"
import { registryOf } from "../../../lib/registry/records"

export { certificatesFor, registryOf } from "../../../lib/registry/records"

/** Snapshots of certificate rows, to put back when a later step fails. */
export type Snapshot = Pick<CertificateRow, "id"> & Record<string, unknown>

export function snapshotOf(row: CertificateRow): Snapshot {
  const { id, status, is_current, number, issuer, issued_at, expires_at, stars, score, group, subgroup, province, legacy_province, scan_url, decided_at, decided_by, note, resubmitted_at, previous_note } = row
  return { id, status, is_current, number, issuer, issued_at, expires_at, stars, score, group, subgroup, province, legacy_province, scan_url, decided_at, decided_by, note, resubmitted_at, previous_note }
}

export interface Undo {
  restore: Snapshot[]
  created_certificates: string[]
  created_events: string[]
}

export async function undo(container: MedusaContainer, u: Undo | null | undefined) {
  if (!u) return
  const registry = registryOf(container)
  if (u.created_events.length) await registry.deleteCertificateEvents(u.created_events)
  // the current one first gives up its place, so the unique "one current per product" index holds throughout
  if (u.created_certificates.length) await registry.deleteOcopCertificates(u.created_certificates)
  const ordered = [...u.restore].sort((a, b) => Number(a.is_current) - Number(b.is_current))
  for (const s of ordered) await registry.updateOcopCertificates(s)
}
