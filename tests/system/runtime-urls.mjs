// Run-time configuration of the storefront: one build, configured at start.
// A storefront built without STOREFRONT_URL, started with
// STOREFRONT_URL=https://shop.example.vn, puts that origin (and never
// localhost) into the sitemap, robots.txt, a product page's canonical and
// hreflang links and the trace page's canonical link (the address stamps' QR
// codes lead to); started without a required variable it exits at once,
// naming the variable. (Stripe's return URL is built by stripeReturnUrl,
// unit-tested in storefront/src/lib/env.test.ts: rendering it needs Stripe keys.)
import { spawn } from "node:child_process"
import { join } from "node:path"

const ORIGIN = "https://shop.example.vn"

function launch(entry, env) {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let output = ""
  child.stdout.on("data", (d) => (output += d))
  child.stderr.on("data", (d) => (output += d))
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  const stop = async () => {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  return { child, exited, stop, output: () => output }
}

async function waitUp(base, exited, ms = 60000) {
  const until = Date.now() + ms
  let done = null
  exited.then((r) => (done = r))
  while (Date.now() < until && !done) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

const links = (html) => {
  const found = []
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = tag.match(/\brel="([^"]+)"/)?.[1]
    const href = tag.match(/\bhref="([^"]+)"/)?.[1]
    const hreflang = tag.match(/\bhreflang="([^"]+)"/)?.[1]
    if (rel === "canonical" || (rel === "alternate" && hreflang)) found.push({ rel, hreflang, href })
  }
  return found
}

/**
 * storefrontDist: the built storefront's dist folder (built without STOREFRONT_URL);
 * backendUrl, publishableKey: a running backend with the demo catalogue;
 * port: a free port for the storefront. Returns the problems found (none: passed).
 */
export async function checkRuntimeUrls({ storefrontDist, backendUrl, publishableKey, port }) {
  const problems = []
  const entry = join(storefrontDist, "server", "entry.mjs")
  const base = `http://localhost:${port}`
  const good = { HOST: "127.0.0.1", PORT: String(port), MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey }

  // 1. a required variable missing: exits non-zero before listening, naming it
  for (const [name, env] of [
    ["MEDUSA_BACKEND_URL", { ...good, MEDUSA_BACKEND_URL: "" }],
    ["MEDUSA_PUBLISHABLE_KEY", { ...good, MEDUSA_PUBLISHABLE_KEY: "" }],
    ["STOREFRONT_URL", { ...good, NODE_ENV: "production" }],
  ]) {
    const run = launch(entry, env)
    const result = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r(null), 20000))])
    if (!result) {
      problems.push(`started without ${name}${env.NODE_ENV ? " (NODE_ENV=production)" : ""}: still running after 20 s, expected it to exit`)
      await run.stop()
    } else if (result.code === 0 || !run.output().includes(name)) {
      problems.push(`started without ${name}: exited with ${result.code ?? result.signal} and said ${JSON.stringify(run.output().slice(0, 300))}; expected a non-zero exit naming ${name}`)
    }
  }

  // 2. configured at start: every absolute URL carries STOREFRONT_URL
  const run = launch(entry, { ...good, NODE_ENV: "production", STOREFRONT_URL: ORIGIN })
  try {
    if (!(await waitUp(base, run.exited))) {
      problems.push(`the storefront with STOREFRONT_URL=${ORIGIN} did not start: ${run.output().slice(-500)}`)
      return problems
    }
    const robots = await (await fetch(`${base}/robots.txt`)).text()
    if (!robots.includes(`Sitemap: ${ORIGIN}/sitemap.xml`)) problems.push(`robots.txt should name ${ORIGIN}/sitemap.xml, said ${JSON.stringify(robots)}`)

    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    const hrefs = [...sitemap.matchAll(/hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1])
    if (locs.length < 10) problems.push(`the sitemap lists ${locs.length} pages, expected the catalogue`)
    const strays = [...locs, ...hrefs].filter((u) => !u.startsWith(`${ORIGIN}/`))
    if (strays.length) problems.push(`${strays.length} sitemap URLs are not on ${ORIGIN}, e.g. ${strays[0]}`)
    if (sitemap.includes("localhost")) problems.push("the sitemap mentions localhost")

    const product = locs.find((u) => /\/san-pham\/[^/]+$/.test(u) && !u.includes("/en/"))
    if (!product) problems.push("the sitemap lists no product page")
    else {
      const path = new URL(product).pathname
      const html = await (await fetch(`${base}${path}`)).text()
      const found = links(html)
      const want = [
        { rel: "canonical", href: `${ORIGIN}${path}` },
        { rel: "alternate", hreflang: "vi", href: `${ORIGIN}${path}` },
        { rel: "alternate", hreflang: "en", href: `${ORIGIN}/en${path}` },
      ]
      for (const w of want)
        if (!found.some((f) => f.rel === w.rel && f.href === w.href && (!w.hreflang || f.hreflang === w.hreflang)))
          problems.push(`${path}: expected <link rel="${w.rel}"${w.hreflang ? ` hreflang="${w.hreflang}"` : ""} href="${w.href}">, found ${JSON.stringify(found)}`)
      if (/https?:\/\/localhost:\d+\/(?!static)/.test(found.map((f) => f.href).join(" "))) problems.push(`${path}: a link points at localhost`)
    }

    // the trace page: the address a stamp's QR code leads to is its canonical link
    const trace = await (await fetch(`${base}/truy-xuat`)).text()
    const traceCanonical = links(trace).find((l) => l.rel === "canonical")?.href
    if (traceCanonical !== `${ORIGIN}/truy-xuat`) problems.push(`/truy-xuat: canonical should be ${ORIGIN}/truy-xuat, is ${traceCanonical}`)
  } finally {
    await run.stop()
  }
  return problems
}
