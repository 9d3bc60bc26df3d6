// Lighthouse on the pages shoppers land on, at phone size (Lighthouse's default:
// a mobile screen, simulated slow 4G and a slower CPU), with Debian's chromium:
// performance, accessibility, best practices and SEO for the home page, the
// catalogue, a product, the sales points and the checkout (with a cart in it).
// Production builds of both servers on the demo catalogue, as the storefront
// benchmark runs them; or the servers at BENCH_STOREFRONT_URL when that is set.
//   npm run bench -- lighthouse          (BENCH_LIGHTHOUSE_RUNS=1: runs per page, the median is kept)
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { launch } from "chrome-launcher"
import lighthouse from "lighthouse"

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 1)
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
export const PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/san-pham" },
  { name: "product", path: "/san-pham/mien-dong-tai-hoan" },
  { name: "sales points", path: "/diem-ban" },
  // never indexed on purpose (noindex): its SEO score stops short of 100 for that alone
  { name: "checkout", path: "/thanh-toan", withCart: true, noindex: true },
]

/** A cart with one product in it, as a shopper fills it: the product page's form. */
async function cartCookie(base) {
  const html = await (await fetch(`${base}/san-pham/mien-dong-tai-hoan`)).text()
  const variant = /name="variant_id" value="([^"]+)"/.exec(html)?.[1]
  if (!variant) throw new Error("no variant to put in the cart on /san-pham/mien-dong-tai-hoan")
  const res = await fetch(`${base}/gio-hang`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ intent: "add", variant_id: variant, quantity: "1", back: "/gio-hang" }),
    redirect: "manual",
  })
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0])
  if (!cookies.some((c) => c.startsWith("ocop_cart="))) throw new Error(`adding to the cart answered ${res.status} without a cart cookie`)
  return cookies.join("; ")
}

/** The audits that cost points, by title, for the report. */
function flagged(lhr) {
  const out = []
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative") out.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`)
    }
  }
  return out
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Scores (0–100) of every page, the median of RUNS runs; what cost points on the last run. */
export async function lighthousePages(base) {
  const cookie = await cartCookie(base)
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  })
  const rows = []
  try {
    for (const page of PAGES) {
      const runs = []
      let lhr
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(base + page.path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
          extraHeaders: page.withCart ? { Cookie: cookie } : undefined,
        })
        lhr = result.lhr
        if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`)
        // the checkout without its cart would be another page (the empty cart's): measure the real one
        if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl}`)
        runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])))
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))]))
      rows.push({ ...page, scores, flagged: flagged(lhr), lcp: lhr.audits["largest-contentful-paint"].displayValue, version: lhr.lighthouseVersion, finalUrl: lhr.finalDisplayedUrl })
      console.log(page.name, scores, rows.at(-1).flagged)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}

export function lighthouseReport(rows) {
  const header = `Lighthouse ${rows[0]?.version ?? ""} — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model}, Node ${process.version}; Debian chromium, Lighthouse's phone (mobile screen, simulated slow 4G, 4× slower CPU); median of ${RUNS} run(s) per page; production builds of both servers on the same machine, demo catalogue`
  const table = [
    "| page | URL | performance | accessibility | best practices | SEO | LCP |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores["best-practices"]} | ${r.scores.seo}${r.noindex ? " (noindex)" : ""} | ${r.lcp} |`),
  ].join("\n")
  const notes = rows
    .filter((r) => r.flagged.length)
    .map((r) => `- ${r.name}: ${r.flagged.join("; ")}`)
    .join("\n")
  return `${header}\n\n${table}\n\n${notes ? `Audits short of full marks (a category can still round to 100):\n\n${notes}\n` : "Every audit at full marks.\n"}`
}

export async function runBenchmark({ ROOT, prepareDatabase, serve, database }) {
  let base = process.env.BENCH_STOREFRONT_URL
  let stop = async () => {}
  if (!base) {
    process.env.PORT = process.env.BENCH_BACKEND_PORT || "9250"
    process.env.STOREFRONT_PORT = process.env.BENCH_STOREFRONT_PORT || "4550"
    process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.bench-lighthouse")
    const db = await database.resolveDatabase()
    const url = database.withDatabase(db.adminUrl, "ocop_bench_lighthouse")
    await database.ensureDatabase(db.adminUrl, "ocop_bench_lighthouse")
    await prepareDatabase(url)
    const services = await serve(url, { stdio: ["ignore", "ignore", "inherit"], production: true })
    base = `http://localhost:${process.env.STOREFRONT_PORT}`
    stop = async () => {
      services.forEach((s) => s.stop())
      await db.stop()
    }
  }
  let rows
  try {
    rows = await lighthousePages(base)
  } finally {
    await stop()
  }
  const report = lighthouseReport(rows)
  console.log(`\n${report}`)
  mkdirSync(join(ROOT, ".data", "bench"), { recursive: true })
  writeFileSync(join(ROOT, ".data", "bench", "lighthouse.md"), report)
  return 0
}

// node tests/bench/lighthouse/run.mjs <storefront URL>: the pages of servers already running
if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] || process.env.BENCH_STOREFRONT_URL || "http://localhost:4321"
  const rows = await lighthousePages(base)
  console.log(`\n${lighthouseReport(rows)}`)
}
