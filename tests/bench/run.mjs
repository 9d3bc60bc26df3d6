// Every benchmark, one after another, then one report: `npm run bench` (or
// `npm run bench -- all`). Each benchmark also writes its own table to
// .data/bench/<name>.md; this joins them with the machine's description into
// .data/bench/report.md and docs/benchmarks.md (linked from the README).
import { execSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"

const BENCHMARKS = [
  { name: "search", title: "Search (`/store/product-search`, 20k products)" },
  { name: "storefront", title: "Storefront pages (time to first byte, JavaScript shipped)" },
  { name: "checkout", title: "Checkout throughput (whole purchases through the store API)" },
  { name: "stamps", title: "Stamps (issue 10,000, print, trace lookups)" },
  { name: "faults", title: "Faults at place-order (time until the shop sells again)" },
  { name: "lighthouse", title: "Lighthouse at phone size (home, catalogue, product, sales points, checkout)" },
]

function machine() {
  const cpus = os.cpus()
  let commit = "unknown"
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim()
  } catch {}
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit}`,
    `- CPU: ${cpus.length}× ${cpus[0]?.model ?? "unknown"}`,
    `- Memory: ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average before the run ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}; PostgreSQL and the servers on the same machine as the load generator`,
  ].join("\n")
}

/** The sections of the last report by title (without a "— had errors" suffix). */
function earlierSections(file) {
  let text = ""
  try {
    text = readFileSync(file, "utf8")
  } catch {
    return new Map()
  }
  const parts = text.split(/^(?=## )/m).filter((p) => p.startsWith("## "))
  // each kept as it was written: ending in one line break (the report joins sections with one more)
  return new Map(parts.map((p) => [p.slice(3, p.indexOf("\n")).replace(/ — had errors$/, ""), p.replace(/\n*$/, "\n")]))
}

export async function runBenchmark(context) {
  const only = (process.env.BENCH_ONLY || "").split(",").filter(Boolean)
  const todo = BENCHMARKS.filter((b) => !only.length || only.includes(b.name))
  const header = machine()
  const sections = []
  let failed = 0
  for (const b of todo) {
    console.log(`\n═══ benchmark: ${b.name} ═══`)
    const { runBenchmark: one } = await import(`./${b.name}/run.mjs`)
    const code = await one(context).catch((e) => {
      console.error(`✖ ${b.name}: ${e.message}`)
      return 1
    })
    failed += code ? 1 : 0
    let table = ""
    try {
      table = readFileSync(join(context.ROOT, ".data", "bench", `${b.name}.md`), "utf8")
    } catch {
      table = "_no result (the benchmark failed; see its output)_\n"
    }
    sections.push(`## ${b.title}${code ? " — had errors" : ""}\n\n${table}`)
  }
  // benchmarks not run this time (BENCH_ONLY) keep their section from the last report; each says when it ran
  const earlier = earlierSections(join(context.ROOT, "docs", "benchmarks.md"))
  const all = BENCHMARKS.map((b) => sections.find((x) => x.startsWith(`## ${b.title}`)) ?? earlier.get(b.title)).filter(Boolean)
  const partial = only.length ? `\n\nThis run: ${todo.map((b) => b.name).join(", ")}; the other sections are from earlier runs (each section's first line gives its date).` : ""
  const report = `# OCOP Market benchmarks\n\nWritten by \`npm run bench\` (tests/bench/run.mjs).\n\n${header}${partial}\n\n${all.join("\n")}`
  writeFileSync(join(context.ROOT, ".data", "bench", "report.md"), report)
  writeFileSync(join(context.ROOT, "docs", "benchmarks.md"), report)
  console.log(`\nreport: .data/bench/report.md and docs/benchmarks.md`)
  return failed ? 1 : 0
}
