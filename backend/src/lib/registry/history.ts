import type { MedusaContainer } from "@medusajs/framework/types"
import type { StarHistoryEntry, StarLevel } from "@ocop/shared"
import { liveStatus, type CertificateRow } from "./facts"
import { registryOf } from "./records"

/** Every certificate of a product, newest first; with `events`, each one's history oldest first. */
export async function certificateHistory(container: MedusaContainer, productId: string, opts: { events?: boolean } = {}) {
  const rows = (await registryOf(container).listOcopCertificates(
    { product_id: productId },
    { order: { created_at: "DESC" }, ...(opts.events ? { relations: ["events"] } : {}) }
  )) as unknown as (CertificateRow & { events?: { created_at: string | Date }[] })[]
  return rows.map((r) => ({
    ...r,
    live_status: liveStatus(r),
    ...(r.events ? { events: [...r.events].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at)) } : {}),
  }))
}

// What the public may know of a product's past certificates: those staff
// decided on (entries still waiting or rejected are the producer's business).
const PUBLIC = new Set(["verified", "revoked", "expired", "superseded"])

/** The star history shown on product and trace pages, newest first. */
export function starHistoryOf(rows: CertificateRow[], today?: string): StarHistoryEntry[] {
  return rows
    .filter((r) => PUBLIC.has(r.status))
    .sort((a, b) => (a.issued_at < b.issued_at ? 1 : a.issued_at > b.issued_at ? -1 : 0))
    .map((r) => {
      const live = liveStatus(r, today)
      return {
        number: r.number,
        stars: r.stars as StarLevel,
        issued_at: r.issued_at,
        expires_at: r.expires_at,
        status: r.status === "verified" && live === "expired" ? "expired" : r.status,
      }
    })
}

export async function publicStarHistory(container: MedusaContainer, productId: string): Promise<StarHistoryEntry[]> {
  const rows = (await registryOf(container).listOcopCertificates({ product_id: productId })) as unknown as CertificateRow[]
  return starHistoryOf(rows)
}
