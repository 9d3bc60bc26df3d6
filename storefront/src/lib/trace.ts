import type { CertificateStatus, StarLevel } from "@ocop/shared"
import type { Producer } from "./producers"
import { storeGet } from "./store-fetch"

export interface TraceRecord {
  trace_code: string
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  producer: Producer | null
  origin: { province: string; legacy_province: string | null }
  certificate: {
    number?: string
    issuer?: string
    issued_at?: string
    expires_at?: string
    stars?: StarLevel
    status: CertificateStatus
    public_stars: StarLevel | null
  }
}

export async function traceProduct(code: string): Promise<TraceRecord | null> {
  if (!/^[A-Za-z0-9-]{4,40}$/.test(code)) return null
  return storeGet<TraceRecord>(`/store/trace/${encodeURIComponent(code.toUpperCase())}`)
}
