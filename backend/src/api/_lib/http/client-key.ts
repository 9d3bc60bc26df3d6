import { createHash } from "node:crypto"
import { isIP } from "node:net"

// Who is asking, for counting distinct clients (stamp lookups, reports)
// without keeping anyone's address: a salted hash. The storefront renders
// pages server-side, so it passes the shopper's address in X-Forwarded-For;
// that header is believed only from a private or loopback peer (our own
// storefront or balancer) or one listed in OCOP_TRUSTED_PROXIES (a storefront
// on another public address), never from a client on the internet, who could
// otherwise make one stamp look scanned by thousands.
// Not Express's req.ip (proxy-addr): Medusa sets `trust proxy` to 1 hop for the
// whole app, which would believe any client's header when the backend faces the
// internet; and a hop that is not an address (garbage in the header) is skipped
// here, where proxy-addr would return it as the client.

const PRIVATE = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^::1$/, /^f[cd][0-9a-f]{2}:/i, /^::ffff:127\./, /^::ffff:10\./, /^::ffff:192\.168\./]

const listed = new Set((process.env.OCOP_TRUSTED_PROXIES ?? "").split(",").map((s) => s.trim()).filter(Boolean))

const isPrivate = (ip: string) => PRIVATE.some((r) => r.test(ip)) || listed.has(ip.replace(/^::ffff:/, ""))

export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  const socket = peer ?? "unknown"
  if (!isPrivate(socket)) return socket
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => isIP(h))
  // the nearest hop that is not one of our own proxies
  for (let i = hops.length - 1; i >= 0; i--) if (!isPrivate(hops[i])) return hops[i]
  return hops[0] ?? socket
}

export function clientKey(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  const salt = process.env.OCOP_CLIENT_KEY_SALT || process.env.JWT_SECRET || "ocop-market"
  return createHash("sha256").update(`${salt}:${clientAddress(peer, forwardedFor)}`).digest("base64url").slice(0, 22)
}
