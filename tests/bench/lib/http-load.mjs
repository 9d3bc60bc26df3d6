// A small closed-loop load generator: N clients, each sending its next request
// as soon as the previous one is answered, for a fixed time. Records time to
// first byte and full response time per request (exact percentiles).
import http from "node:http"

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

export async function closedLoop({ base, paths, clients, seconds, headers = {} }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const ttfb = []
  const total = []
  let errors = 0
  let next = 0
  const until = Date.now() + seconds * 1000
  const one = (path) =>
    new Promise((resolve) => {
      const started = performance.now()
      const req = http.get(new URL(path, base), { agent, headers }, (res) => {
        const first = performance.now()
        res.on("data", () => {})
        res.on("end", () => {
          if (res.statusCode >= 400) errors++
          ttfb.push(first - started)
          total.push(performance.now() - started)
          resolve()
        })
      })
      req.on("error", () => {
        errors++
        resolve()
      })
    })
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) await one(paths[next++ % paths.length])
    })
  )
  agent.destroy()
  ttfb.sort((a, b) => a - b)
  total.sort((a, b) => a - b)
  return {
    requests: ttfb.length,
    rps: Math.round(ttfb.length / seconds),
    ttfb_p50: percentile(ttfb, 50),
    ttfb_p95: percentile(ttfb, 95),
    ttfb_p99: percentile(ttfb, 99),
    total_p95: percentile(total, 95),
    errors,
  }
}
