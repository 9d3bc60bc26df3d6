// Faults benchmark: how long after a fault the shop sells again. 20 guest
// checkouts at once; the moment the first order row is committed, the backend
// is killed (`kill -9` of its process group; the supervisor of `npm start`
// restarts it) or the embedded Postgres is restarted. "Selling again" is the
// first successful checkout after the fault; every round also checks the
// invariants of tests/system/checkout-faults.mjs (no duplicate or half-made
// order). Backend kills are a minute apart (the supervisor's backoff grows for
// crashes in quick succession). Production backend (medusa start), demo catalogue.
//   npm run bench -- faults        (BENCH_FAULT_ROUNDS, default 5)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { checkoutUnderFault } from "../../system/checkout-faults.mjs"

const ROUNDS = Number(process.env.BENCH_FAULT_ROUNDS || 5)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export async function runBenchmark({ ROOT, prepareDatabase, serve, database }) {
  process.env.PORT = process.env.BENCH_BACKEND_PORT || "9200"
  process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.bench-faults")
  const db = await database.resolveDatabase()
  await database.ensureDatabase(db.adminUrl, "ocop_bench_faults")
  const url = database.withDatabase(db.adminUrl, "ocop_bench_faults")
  await prepareDatabase(url)
  const [backend] = await serve(url, { stdio: ["ignore", "ignore", "inherit"], backendOnly: true, production: true })
  const base = `http://localhost:${process.env.PORT}`
  const key = readFileSync(process.env.OCOP_KEY_FILE, "utf8").trim()
  const faults = [{ name: "backend killed (kill -9, restarted by the supervisor)", fault: async () => process.kill(-backend.pid(), "SIGKILL"), spaced: true }]
  if (db.restart && !db.reused) faults.push({ name: "embedded Postgres restarted", fault: () => db.restart() })
  const rows = []
  let problems = 0
  try {
    for (const f of faults) {
      const times = []
      let badRounds = 0
      for (let round = 0; round < ROUNDS; round++) {
        // one crash at a time: the supervisor waits longer after crashes less than a minute apart (1, 2, 4 … s)
        if (round && f.spaced) await new Promise((r) => setTimeout(r, 65000))
        const r = await checkoutUnderFault({ base, key, databaseUrl: url, label: f.name, fault: f.fault })
        console.log(r.summary)
        for (const p of r.problems) console.log("  ✖ " + p)
        problems += r.problems.length
        if (r.problems.length) badRounds += 1
        if (r.recoveryMs !== null) times.push(r.recoveryMs)
      }
      const sorted = [...times].sort((a, b) => a - b)
      rows.push({ name: f.name, rounds: ROUNDS, sorted, badRounds })
    }
  } finally {
    await backend.stop()
    await db.stop()
  }
  const s = (ms) => (ms === undefined ? "—" : (ms / 1000).toFixed(1))
  const header = `Faults benchmark — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; medusa start (production) without Redis, demo catalogue; 20 guest checkouts per round`
  const table = [
    "| fault at place-order | rounds | selling again p50 s | p95 s | max s | rounds with a problem |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${r.rounds} | ${s(percentile(r.sorted, 50))} | ${s(percentile(r.sorted, 95))} | ${s(r.sorted.at(-1))} | ${r.badRounds} |`),
  ].join("\n")
  const report = `${header}\n\nSeconds from the fault to the first successful checkout (goal: 10 s); each round also checks that no cart has two orders and no order lacks its cart link, payment or reservations:\n\n${table}\n`
  console.log(`\n${report}`)
  mkdirSync(join(ROOT, ".data", "bench"), { recursive: true })
  writeFileSync(join(ROOT, ".data", "bench", "faults.md"), report)
  return problems ? 1 : 0
}
