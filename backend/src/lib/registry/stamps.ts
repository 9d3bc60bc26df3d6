import { stampUrl } from "@ocop/shared"

/** Where stamps' QR codes point: the public shop (read at run time, so one build serves any domain). */
export function storefrontOrigin(): string {
  return process.env.STOREFRONT_URL || "http://localhost:4321"
}

/**
 * A stamp looked up from this many distinct clients is probably copied onto
 * fake packages (one real package is scanned by a handful of people).
 */
export function suspiciousClients(): number {
  const n = Number(process.env.OCOP_STAMP_SUSPICIOUS_CLIENTS)
  return Number.isInteger(n) && n > 1 ? n : 20
}

type Stamp = { serial: string; lookup_count?: number; client_count?: number; last_looked_up_at?: string | Date | null }
type Batch = { gtin: string | null; lot: string | null }

export function stampView(stamp: Stamp, batch: Batch) {
  return {
    serial: stamp.serial,
    url: stampUrl(storefrontOrigin(), { serial: stamp.serial, gtin: batch.gtin, lot: batch.lot }),
    lookup_count: stamp.lookup_count ?? 0,
    client_count: stamp.client_count ?? 0,
    last_looked_up_at: stamp.last_looked_up_at ?? null,
    suspicious: (stamp.client_count ?? 0) >= suspiciousClients(),
  }
}
