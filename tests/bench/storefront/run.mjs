// Storefront benchmark: time to first byte (p50/p95) and requests/s for the
// home, catalogue and product pages under 10 and 50 concurrent clients, and the
// JavaScript (gzip) each page ships. Production builds of both servers on the
// demo catalogue.   npm run bench -- storefront   (BENCH_SECONDS=10)
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { closedLoop } from "../lib/http-load.mjs"
import { pageJsBytes } from "./js-bytes.mjs"

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CLIENTS = [10, 50]
const PAGES = [
  { name: "home", paths: ["/"] },
  // the shop's catalogue as people use it: landing, filtered, searched, paged
  { name: "catalogue", paths: ["/san-pham", "/san-pham?group=food&stars_min=4", "/san-pham?q=nuoc+mam", "/san-pham?province=thai-nguyen,lao-cai", "/san-pham?page=3&sort=price_asc"] },
  { name: "product", paths: ["/san-pham/mien-dong-tai-hoan", "/san-pham/nuoc-mam-phu-quoc-43-do-dam", "/san-pham/che-tan-cuong-moc-cau"] },
  { name: "sales points", paths: ["/diem-ban"], clients: [10] },
  { name: "fair", paths: ["/hoi-cho/festival-ocop-viet-nam"], clients: [10] },
]

export async function runBenchmark({ ROOT, prepareDatabase, serve, database }) {
  process.env.PORT = process.env.BENCH_BACKEND_PORT || "9200"
  process.env.STOREFRONT_PORT = process.env.BENCH_STOREFRONT_PORT || "4500"
  process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.bench-storefront")
  // all load comes from one address: lift the per-client search budget for the run
  process.env.OCOP_RATE_SEARCH ??= "100000000"
  const db = await database.resolveDatabase()
  const url = database.withDatabase(db.adminUrl, "ocop_bench_storefront")
  await database.ensureDatabase(db.adminUrl, "ocop_bench_storefront")
  await prepareDatabase(url)
  const services = await serve(url, { stdio: ["ignore", "ignore", "inherit"], production: true })
  const base = `http://localhost:${process.env.STOREFRONT_PORT}`
  const rows = []
  const js = []
  try {
    for (const page of PAGES) {
      for (const path of page.paths) {
        const res = await fetch(base + path)
        if (!res.ok) throw new Error(`${path} answered ${res.status}`)
        await res.arrayBuffer() // warm: server caches and the backend's search cache
      }
      js.push({ page: page.name, path: page.paths[0], ...(await pageJsBytes(base + page.paths[0])) })
      for (const clients of page.clients ?? CLIENTS) {
        const r = await closedLoop({ base, paths: page.paths, clients, seconds: SECONDS })
        rows.push({ page: page.name, clients, ...r })
        console.log(rows.at(-1))
      }
    }
  } finally {
    services.forEach((s) => s.stop())
    await db.stop()
  }

  const header = `Storefront benchmark — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${SECONDS} s per run; Astro SSR (node adapter) and medusa start on the same machine, demo catalogue`
  const table = [
    "| page | clients | TTFB p50 ms | TTFB p95 ms | TTFB p99 ms | full p95 ms | req/s | requests | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.page} | ${r.clients} | ${r.ttfb_p50.toFixed(1)} | ${r.ttfb_p95.toFixed(1)} | ${r.ttfb_p99.toFixed(1)} | ${r.total_p95.toFixed(1)} | ${r.rps} | ${r.requests} | ${r.errors} |`),
  ].join("\n")
  const jsTable = [
    "| page | URL | JS files | JS gzip KB |",
    "|---|---|---:|---:|",
    ...js.map((j) => `| ${j.page} | ${j.path} | ${j.files + j.inline} | ${(j.bytes / 1024).toFixed(1)} |`),
  ].join("\n")
  const report = `${header}\n\n${table}\n\nJavaScript shipped (gzip, islands and everything they import):\n\n${jsTable}\n`
  console.log(`\n${report}`)
  mkdirSync(join(ROOT, ".data", "bench"), { recursive: true })
  writeFileSync(join(ROOT, ".data", "bench", "storefront.md"), report)
  return rows.some((r) => r.errors > 0) ? 1 : 0
}
