// Who a request comes from, for the request budgets. Behind a load balancer
// the socket address is the balancer's; its X-Forwarded-For is believed only
// when the request really comes from one of OCOP_TRUSTED_PROXIES (addresses,
// comma-separated), and then the nearest address not itself a trusted proxy
// is the client — entries a client wrote itself sit further left and are ignored.
// This is the walk proxy-addr (Express's `trust proxy`) makes, written out
// because proxy-addr reads a Node IncomingMessage and Astro hands us the socket
// address and a Web Request apart; the storefront has no Express.
const trusted = new Set(
  (process.env.OCOP_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
)

const bare = (ip: string) => ip.replace(/^::ffff:/, "")

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | null, proxies: Set<string> = trusted): string {
  const direct = bare(socketAddress ?? "unknown")
  if (!forwardedFor || !proxies.has(direct)) return direct
  const hops = forwardedFor.split(",").map((s) => bare(s.trim())).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) if (!proxies.has(hops[i])) return hops[i]
  return direct
}
