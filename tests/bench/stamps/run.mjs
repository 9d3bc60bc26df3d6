// Stamps benchmark: staff issue a batch of 10,000 stamps (time of the whole
// request: batch record, 10,000 random serials, one insert), print it as A4
// label sheets (PDF), and shoppers trace stamps at 1 and 10 at once (each
// lookup is counted, so every request writes). Production backend
// (medusa start) on the demo catalogue.   npm run bench -- stamps
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { closedLoop } from "../lib/http-load.mjs"

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const BATCH = Number(process.env.BENCH_STAMP_BATCH || 10000)
const ROUNDS = 3

export async function runBenchmark({ ROOT, prepareDatabase, serve, database }) {
  process.env.PORT = process.env.BENCH_BACKEND_PORT || "9200"
  process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.bench-stamps")
  const { ADMIN } = await import("../../../scripts/main.mjs")
  const db = await database.resolveDatabase()
  await database.ensureDatabase(db.adminUrl, "ocop_bench_stamps")
  const url = database.withDatabase(db.adminUrl, "ocop_bench_stamps")
  await prepareDatabase(url)
  const services = await serve(url, { stdio: ["ignore", "ignore", "inherit"], backendOnly: true, production: true })
  const base = `http://localhost:${process.env.PORT}`
  const { readFileSync } = await import("node:fs")
  const key = readFileSync(process.env.OCOP_KEY_FILE, "utf8").trim()
  const issue = []
  const print = []
  const rows = []
  try {
    const login = await (await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })).json()
    const admin = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }
    const get = async (path) => {
      const res = await fetch(base + path, { headers: admin })
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`)
      return res.json()
    }
    // certified products on sale: the current certificate of each is verified and in date
    const { products } = await get("/admin/products?limit=50&status[]=published&fields=id,metadata")
    const certified = products.filter((p) => p.metadata?.ocop_certificate?.expires_at > new Date(Date.now() + 86400e3).toISOString().slice(0, 10))
    const serials = []
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now()
      const res = await fetch(`${base}/admin/ocop/stamp-batches`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ product_id: certified[round].id, quantity: BATCH, lot: `BENCH-${round}` }),
      })
      if (res.status !== 201) throw new Error(`issue answered ${res.status}: ${await res.text()}`)
      const { batch } = await res.json()
      issue.push(performance.now() - started)
      const t = performance.now()
      const pdf = await fetch(`${base}/admin/ocop/stamp-batches/${batch.id}/labels`, { headers: admin })
      const bytes = (await pdf.arrayBuffer()).byteLength
      print.push({ ms: performance.now() - t, bytes })
      const { stamps } = await get(`/admin/ocop/stamp-batches/${batch.id}/stamps?limit=1000`)
      serials.push(...stamps.map((s) => s.serial))
      console.log({ round, issue_ms: issue.at(-1).toFixed(0), print_ms: print.at(-1).ms.toFixed(0), pdf_mb: (bytes / 2 ** 20).toFixed(1) })
    }
    // shoppers scanning stamps (all from this machine's address: the counts land on one client per stamp)
    for (const clients of [1, 10]) {
      const paths = serials.slice(0, 500).map((s) => `/store/trace/${s}`)
      const r = await closedLoop({ base, paths, clients, seconds: SECONDS, headers: { "x-publishable-api-key": key } })
      rows.push({ clients, ...r })
      console.log(rows.at(-1))
    }
  } finally {
    services.forEach((s) => s.stop())
    await db.stop()
  }
  const sorted = [...issue].sort((a, b) => a - b)
  const header = `Stamps benchmark — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; medusa start (production), demo catalogue`
  const issueTable = [
    "| batch | rounds | issue min ms | issue median ms | issue max ms | print PDF median ms | PDF MB |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    `| ${BATCH} | ${ROUNDS} | ${sorted[0].toFixed(0)} | ${sorted[Math.floor(ROUNDS / 2)].toFixed(0)} | ${sorted.at(-1).toFixed(0)} | ${[...print].sort((a, b) => a.ms - b.ms)[Math.floor(ROUNDS / 2)].ms.toFixed(0)} | ${(print[0].bytes / 2 ** 20).toFixed(1)} |`,
  ].join("\n")
  const traceTable = [
    "| clients | TTFB p50 ms | TTFB p95 ms | TTFB p99 ms | full p95 ms | req/s | requests | errors |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.clients} | ${r.ttfb_p50.toFixed(1)} | ${r.ttfb_p95.toFixed(1)} | ${r.ttfb_p99.toFixed(1)} | ${r.total_p95.toFixed(1)} | ${r.rps} | ${r.requests} | ${r.errors} |`),
  ].join("\n")
  const report = `${header}\n\nIssuing (POST /admin/ocop/stamp-batches: batch record, ${BATCH} random serials, one insert) and printing (GET …/labels: A4 sheets of 44 QR labels):\n\n${issueTable}\n\nTracing (GET /store/trace/:serial over 500 serials; each lookup is counted, so each request also writes):\n\n${traceTable}\n`
  console.log(`\n${report}`)
  mkdirSync(join(ROOT, ".data", "bench"), { recursive: true })
  writeFileSync(join(ROOT, ".data", "bench", "stamps.md"), report)
  return rows.some((r) => r.errors > 0) ? 1 : 0
}
