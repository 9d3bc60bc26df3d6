// The search benchmark's load runs against a backend that is already running
// (for a developer's own server and database; `run.mjs` is the full, clean
// benchmark): node tests/bench/search/against-running.mjs <backend url> <publishable key> <mode label>
// Prints one row per client count in the same table as run.mjs, each beside its target.
import { load, verdict } from "./run.mjs"
import { representativeQueries } from "./queries.mjs"

const [base, key, mode = "uncached"] = process.argv.slice(2)
const paths = representativeQueries(200)
const headers = { "x-publishable-api-key": key }
const { total } = await (await fetch(`${base}/store/product-search?limit=1`, { headers })).json()
for (let i = 0; i < paths.length; i += 4) {
  await Promise.all(paths.slice(i, i + 4).map((p) => fetch(base + p, { headers }).then((r) => r.arrayBuffer())))
}
const rows = []
for (const clients of (process.env.BENCH_CLIENTS || "1,10,50").split(",").map(Number)) {
  rows.push({ products: total, mode, clients, ...(await load(base, key, paths, clients)) })
  console.error(rows.at(-1))
}
for (const r of rows) {
  console.log(`| ${r.products} | ${r.mode} | ${r.clients} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps} | ${r.requests} | ${r.errors} | ${verdict(r).join(" | ")} |`)
}
