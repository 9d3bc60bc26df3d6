import type { StarHistoryEntry, TraceRecord } from "@ocop/shared"
import type { AstroGlobal } from "astro"
import { clientAddress } from "../../lib/client-address"
import { sdk } from "../../lib/medusa"
import type { ReportBody } from "./trace-facts"

// The trace feature's calls to the backend's store routes. The backend counts
// each lookup per client, so every call names the shopper (the same address
// the request budgets use) in X-Forwarded-For; otherwise every lookup would
// seem to come from this storefront server.

/** The shopper's address, as the middleware's request budgets see it. */
export function shopperAddress(astro: Pick<AstroGlobal, "clientAddress" | "request">): string {
  let socket: string | undefined
  try {
    socket = astro.clientAddress
  } catch {
    socket = undefined // an adapter without client addresses
  }
  return clientAddress(socket, astro.request.headers.get("x-forwarded-for"))
}

const forwarded = (client: string) => ({ "x-forwarded-for": client })
const status = (e: unknown) => (e as { status?: number }).status

/** One stamp's trace record; null when the backend knows no such serial. */
export async function traceRecord(serial: string, client: string): Promise<TraceRecord | null> {
  try {
    return await sdk.client.fetch<TraceRecord>(`/store/trace/${encodeURIComponent(serial)}`, { headers: forwarded(client) })
  } catch (e) {
    if (status(e) === 404) return null
    throw e
  }
}

/**
 * A product's public certificates, newest first. The product page still sells
 * when this answer fails: the section is left out rather than the page.
 */
export async function starHistory(productId: string): Promise<StarHistoryEntry[]> {
  try {
    const { star_history } = await sdk.client.fetch<{ star_history: StarHistoryEntry[] }>(
      `/store/ocop/products/${encodeURIComponent(productId)}/star-history`
    )
    return star_history ?? []
  } catch (e) {
    if (status(e) !== 404) console.error(`star history of ${productId}:`, (e as Error).message)
    return []
  }
}

export class ReportError extends Error {
  constructor(message: string, readonly status: number) {
    super(message)
  }
}

/** Sends a shopper's report about a serial; answers the report's id. */
export async function sendReport(body: ReportBody, client: string): Promise<string> {
  try {
    const { report } = await sdk.client.fetch<{ report: { id: string } }>("/store/trace/reports", {
      method: "POST",
      body,
      headers: forwarded(client),
    })
    return report.id
  } catch (e) {
    throw new ReportError((e as Error).message, status(e) ?? 503)
  }
}
