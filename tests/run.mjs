// `npm test`: every suite of the project, then one line `N passed, N failed`.
//   1. unit tests (vitest) of shared, seed and storefront; the scripts' (node --test);
//      the backend's (jest, no database);
//      then types (tsc --noEmit of shared, seed, backend; astro check of the storefront)
//      and lint (ESLint over every package), one result each
//   2. backend integration tests (jest, Medusa's runner, real Postgres)
//   3. end-to-end: a fresh database with the demo catalogue, backend + storefront,
//      Playwright in Debian chromium; then the backend is restarted and a cart
//      started before must still be there (tests/system/cart-restart.mjs); and
//      with Redis, a `server` + `worker` pair (tests/system/worker-mode.mjs) and
//      two storefronts sharing request budgets (tests/system/shared-budgets.mjs);
//      the e2e storefront build started with another STOREFRONT_URL
//      (tests/system/runtime-urls.mjs); orders under faults (checkout-faults.mjs);
//      Ctrl+C at three moments of `npm start` (tests/system/interrupt-start.mjs)
// Each runner writes JSON; totals come from those files, not from log scraping.
import { spawnSync } from "node:child_process"
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { ROOT, run, service } from "../scripts/lib/proc.mjs"
import { checkCartAfterRestart, startCheckout, waitForPortFree } from "./system/cart-restart.mjs"
import { checkSharedBudgets } from "./system/shared-budgets.mjs"
import { checkComesBack } from "./system/supervisor.mjs"
import { checkWorkerMode, flushRedisDb, redisReachable } from "./system/worker-mode.mjs"

const OUT = join(ROOT, ".data", "test-results")
const SEARCH_SPEC = "integration-tests/http/product-search.spec.ts"
const UPLOAD_SPEC = "integration-tests/http/file-storage.spec.ts"

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

/** vitest and jest share the same summary keys */
function jestLike(name, file) {
  const r = readJson(file)
  if (!r) return { name, passed: 0, failed: 1, note: "runner crashed before reporting" }
  const failures = (r.testResults ?? []).flatMap((s) => [
    ...(s.assertionResults ?? []).filter((a) => a.status === "failed").map((a) => `${a.fullName || a.title}\n${(a.failureMessages ?? []).join("\n").slice(0, 2000)}`),
    ...(s.status === "failed" && !(s.assertionResults ?? []).length ? [`${s.name}\n${(s.message ?? "").slice(0, 2000)}`] : []),
  ])
  const suiteErrors = (r.testResults ?? []).filter((s) => s.status === "failed" && !(s.assertionResults ?? []).length).length
  return { name, passed: r.numPassedTests, failed: r.numFailedTests + suiteErrors, skipped: r.numPendingTests ?? 0, failures }
}

function playwright(name, file) {
  const r = readJson(file)
  if (!r) return { name, passed: 0, failed: 1, note: "runner crashed before reporting" }
  const failures = []
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === "unexpected")
          failures.push(`${spec.title}\n${(t.results ?? []).map((x) => x.error?.message ?? "").join("\n").slice(0, 2000)}`)
    for (const s of suite.suites ?? []) walk(s)
  }
  ;(r.suites ?? []).forEach(walk)
  return { name, passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), failures }
}

async function unitTests() {
  const results = []
  for (const pkg of ["packages/shared", "seed", "storefront"]) {
    if (!existsSync(join(ROOT, pkg, "package.json"))) continue
    const file = join(OUT, `vitest-${pkg.replace(/\//g, "-")}.json`)
    await run("pnpm", ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`, "--passWithNoTests"], {
      cwd: join(ROOT, pkg),
      allowFail: true,
    })
    results.push(jestLike(`unit ${pkg}`, file))
  }
  results.push(scriptTests())
  return results
}

/** The start and test scripts' own tests (scripts/lib/*.test.mjs), with Node's test runner. */
function scriptTests() {
  const name = "unit scripts (node --test)"
  const dir = join(ROOT, "scripts", "lib")
  const files = readdirSync(dir).filter((f) => f.endsWith(".test.mjs")).map((f) => join(dir, f))
  const r = spawnSync(process.execPath, ["--test", "--test-reporter=tap", ...files], { cwd: ROOT, encoding: "utf8", env: process.env })
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`
  process.stdout.write(out.split("\n").filter((l) => /^(not )?ok |^# (pass|fail) /.test(l)).join("\n") + "\n")
  const count = (k) => Number(out.match(new RegExp(`^# ${k} (\\d+)$`, "m"))?.[1] ?? 0)
  const passed = count("pass")
  const failed = count("fail") || (r.status === 0 ? 0 : 1)
  const failures = failed ? [out.split("\n").filter((l) => /^not ok |^\s+(error|expected|actual):/.test(l)).join("\n") || out.slice(-2000)] : []
  return { name, passed, failed, failures }
}

const JEST_REPORTERS = ["--reporters=default", `--reporters=${join(ROOT, "tests", "jest-results-reporter.cjs")}`]

/** Backend unit tests (pure helpers, the stamp label sheet decoded from its PDF): no database. */
async function backendUnitTests() {
  const file = join(OUT, "jest-unit-backend.json")
  rmSync(file, { force: true })
  await run("pnpm", ["exec", "jest", "--silent", "--runInBand", "--forceExit", ...JEST_REPORTERS], {
    cwd: join(ROOT, "backend"),
    allowFail: true,
    env: { TEST_TYPE: "unit", NODE_OPTIONS: "--experimental-vm-modules", JEST_RESULTS_FILE: file },
  })
  return jestLike("unit backend", file)
}

/**
 * Types and lint, one row each: `tsc --noEmit` for packages/shared, seed and the backend,
 * `astro check` for the storefront, ESLint (eslint.config.mjs) over every package.
 * One after the other (two cores); each takes well under a minute.
 */
export async function staticChecks() {
  const tsc = ["exec", "tsc", "--noEmit", "-p", "tsconfig.json"]
  const checks = [
    { name: "types: packages/shared (tsc)", label: "tsc shared", cwd: "packages/shared", args: tsc, error: /error TS\d+/ },
    { name: "types: seed (tsc)", label: "tsc seed", cwd: "seed", args: tsc, error: /error TS\d+/ },
    { name: "types: backend (tsc)", label: "tsc backend", cwd: "backend", args: tsc, error: /error TS\d+/ },
    // errors fail the check; its warnings and hints are only printed
    { name: "types: storefront (astro check)", label: "astro check", cwd: "storefront", args: ["exec", "astro", "check"], error: / - error ts\(\d+\)/ },
  ]
  const results = []
  for (const c of checks) {
    const r = await run("pnpm", c.args, { cwd: join(ROOT, c.cwd), allowFail: true, label: c.label, env: { NO_COLOR: "1", FORCE_COLOR: "0" } })
    const errors = r.output.filter((l) => c.error.test(l)).map((l) => `${c.cwd}/${l.trim()}`)
    const failures = r.status === 0 ? [] : errors.length ? errors : [`exit ${r.status ?? r.signal}:`, ...r.output.slice(-20)]
    results.push({ name: c.name, passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, failures })
  }
  const file = join(OUT, "eslint.json")
  rmSync(file, { force: true })
  const lint = await run("pnpm", ["exec", "eslint", ".", "--format", "json", "--output-file", file], { allowFail: true, label: "eslint" })
  const report = readJson(file)
  if (!report) {
    results.push({ name: "lint (eslint)", passed: 0, failed: 1, failures: [`eslint wrote no report (exit ${lint.status ?? lint.signal})`, ...lint.output.slice(-20)] })
  } else {
    const failures = report.flatMap((f) =>
      f.messages.map((m) => `${f.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} ${m.message} (${m.ruleId ?? "eslint"})`)
    )
    const errors = report.reduce((n, f) => n + f.errorCount + f.warningCount, 0)
    console.log(`eslint: ${report.length} files, ${errors ? `${errors} problems` : "clean"}`)
    results.push({ name: "lint (eslint)", passed: errors ? 0 : 1, failed: errors ? 1 : 0, failures })
  }
  return results
}

async function jest(name, adminUrl, { specs = [], env = {} } = {}) {
  const u = new URL(adminUrl)
  const file = join(OUT, `jest-${name.replace(/\W+/g, "-")}.json`)
  rmSync(file, { force: true })
  // specs first: --reporters is a list option and would take the paths after it for reporters
  await run("pnpm", ["exec", "jest", ...specs, "--silent", "--runInBand", "--forceExit", ...JEST_REPORTERS], {
    cwd: join(ROOT, "backend"),
    allowFail: true,
    env: {
      JEST_RESULTS_FILE: file,
      TEST_TYPE: "integration",
      NODE_OPTIONS: "--experimental-vm-modules",
      LOG_LEVEL: "error",
      // "localhost", not 127.0.0.1: Medusa's test utils force SSL for other hosts
      DB_HOST: "localhost",
      DB_PORT: u.port || "5432",
      DB_USERNAME: decodeURIComponent(u.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(u.password),
      ...env,
    },
  })
  return jestLike(name, file)
}

async function integrationTests(adminUrl) {
  // the main pass always searches with the PostgreSQL provider
  const results = [await jest("integration backend", adminUrl, { env: { MEILISEARCH_HOST: "", S3_BUCKET: "" } })]
  // the same search cases against a real Meilisearch server, when there is one
  if (process.env.MEILISEARCH_HOST) {
    results.push(
      await jest("search contract on Meilisearch", adminUrl, {
        specs: [SEARCH_SPEC],
        env: { MEILISEARCH_HOST: process.env.MEILISEARCH_HOST },
      })
    )
  } else {
    results.push({
      name: "search contract on Meilisearch",
      passed: 0,
      failed: 0,
      // the provider-dependent cases of the spec, i.e. what would have run
      skipped: (readFileSync(join(ROOT, "backend", SEARCH_SPEC), "utf8").match(/it\(`\[\$\{provider\}\]/g) ?? []).length,
      note: "skipped: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run the search suite against a real Meilisearch server",
    })
  }
  // uploads on an S3-compatible server instead of the backend's disk
  // (imported here: s3rver lives in tests/node_modules, installed only by install())
  const { startS3Server } = await import("./system/s3-server.mjs")
  const s3 = await startS3Server()
  try {
    results.push(await jest("uploads on S3-compatible storage (s3rver)", adminUrl, { specs: [UPLOAD_SPEC], env: { MEILISEARCH_HOST: "", ...s3.env } }))
  } finally {
    await s3.stop()
  }
  return results
}

async function endToEnd(db) {
  const adminUrl = db.adminUrl
  process.env.PORT = process.env.E2E_BACKEND_PORT || "9100"
  process.env.STOREFRONT_PORT = process.env.E2E_STOREFRONT_PORT || "4400"
  process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.e2e")
  // a storefront build of its own, so a running `npm start` keeps serving storefront/dist
  // (inside storefront/, where the built server finds its packages; node_modules: not in git)
  process.env.OCOP_STOREFRONT_DIST ??= join(ROOT, "storefront", "node_modules", ".e2e-dist")
  // the browser tests stand for clients behind a load balancer on loopback (request budgets)
  process.env.OCOP_TRUSTED_PROXIES ??= "127.0.0.1,::1"
  const { prepareDatabase, serve } = await import("../scripts/main.mjs")
  const { dropDatabase, ensureDatabase, withDatabase } = await import("../scripts/lib/database.mjs")
  const { requirePortsFree } = await import("../scripts/lib/proc.mjs")
  await requirePortsFree([
    [Number(process.env.PORT), "e2e backend", "E2E_BACKEND_PORT"],
    [Number(process.env.STOREFRONT_PORT), "e2e storefront", "E2E_STOREFRONT_PORT"],
  ])
  await dropDatabase(adminUrl, "ocop_e2e")
  await ensureDatabase(adminUrl, "ocop_e2e")
  const url = withDatabase(adminUrl, "ocop_e2e")
  await prepareDatabase(url)
  const file = join(OUT, "playwright.json")
  const restart = { name: "system: cart survives a backend restart", passed: 0, failed: 0, failures: [] }
  const comesBack = { name: "system: a killed storefront comes back by itself", passed: 0, failed: 0, failures: [] }
  const runtimeUrls = { name: "system: one storefront build, its public URLs set at start (STOREFRONT_URL)", passed: 0, failed: 0, failures: [] }
  let faults = []
  let services = []
  try {
    services = await serve(url, { stdio: ["ignore", "ignore", "inherit"] })
    const base = `http://localhost:${process.env.PORT}`
    const key = readFileSync(process.env.OCOP_KEY_FILE, "utf8").trim()
    const checkout = await startCheckout(base, key).catch((e) => ({ error: e }))
    await run("pnpm", ["exec", "playwright", "test"], {
      cwd: join(ROOT, "tests"),
      allowFail: true,
      env: { PW_JSON_OUTPUT: file, STOREFRONT_URL: `http://localhost:${process.env.STOREFRONT_PORT}`, BACKEND_URL: base },
    })
    const storefront = await checkComesBack(services[1], `http://localhost:${process.env.STOREFRONT_PORT}/robots.txt`)
    console.log(`supervisor: the storefront answered again ${(storefront.recoveryMs / 1000).toFixed(1)} s after it was killed`)
    comesBack.failures.push(...storefront.problems)
    runtimeUrls.failures.push(...(await runtimeUrlsCheck(base, key)))
    await Promise.all(services.map((s) => s.stop()))
    await waitForPortFree(Number(process.env.PORT))
    // from here the API runs as in production (`medusa start`), supervised as `npm start` does
    services = await serve(url, { stdio: ["ignore", "ignore", "inherit"], backendOnly: true, production: true })
    const problem = checkout.error ? String(checkout.error.message) : await checkCartAfterRestart({ before: checkout.cart, call: checkout.call })
    if (problem) restart.failures.push(problem)
    faults = await checkoutFaults({ base, key, url, db, backend: services[0] })
  } catch (e) {
    console.error("✖ end-to-end environment failed:", e.message)
    restart.failures.push(e.message)
  } finally {
    await Promise.all(services.map((s) => s.stop()))
  }
  for (const r of [restart, comesBack, runtimeUrls]) r[r.failures.length ? "failed" : "passed"] = 1
  const shape = await productionShape(url)
  return [playwright("e2e browser", file), restart, comesBack, runtimeUrls, ...faults, ...shape, await interruptedStart(adminUrl)]
}

// The e2e storefront build (made, as every build, without STOREFRONT_URL) started
// with STOREFRONT_URL=https://shop.example.vn beside the running backend.
async function runtimeUrlsCheck(backendUrl, publishableKey) {
  const { checkRuntimeUrls } = await import("./system/runtime-urls.mjs")
  const { storefrontDist } = await import("../scripts/main.mjs")
  const port = Number(process.env.STOREFRONT_PORT) + 1
  try {
    return await checkRuntimeUrls({ storefrontDist: storefrontDist(), backendUrl, publishableKey, port })
  } catch (e) {
    return [String(e?.stack ?? e)]
  }
}

// Ctrl+C during `npm start` (tests/system/interrupt-start.mjs): during migrations on a
// new embedded Postgres, then during seeding and while waiting for the servers on a
// copy of the e2e database (seeded, so the start reaches the servers in about a minute).
async function interruptedStart(adminUrl) {
  const name = "system: Ctrl+C during npm start stops everything it started"
  const { checkInterruptedStart } = await import("./system/interrupt-start.mjs")
  const { copyDatabase, dropDatabase, withDatabase } = await import("../scripts/lib/database.mjs")
  const copy = "ocop_interrupt"
  try {
    const leftovers = await copyDatabase(adminUrl, "ocop_e2e", copy)
    if (leftovers) console.error(`interrupt-start: ended ${leftovers} leftover session(s) on ocop_e2e before copying it`)
    const r = await checkInterruptedStart({ root: ROOT, databaseUrl: withDatabase(adminUrl, copy) })
    console.log(r.summary)
    return { name, passed: r.problems.length ? 0 : 1, failed: r.problems.length ? 1 : 0, skipped: r.skipped, failures: r.problems }
  } catch (e) {
    return { name, passed: 0, failed: 1, failures: [String(e?.stack ?? e)] }
  } finally {
    await dropDatabase(adminUrl, copy).catch(() => {})
  }
}

// Orders survive faults (tests/system/checkout-faults.mjs): 20 guest checkouts
// at once with the backend killed, the database restarted, or (with Redis as
// production runs it) Redis stopped, at the moment the first order is written.
async function checkoutFaults({ base, key, url, db, backend }) {
  const { checkoutUnderFault, ownRedis } = await import("./system/checkout-faults.mjs")
  const outcome = (name, r) => {
    console.log(r.summary)
    return { name, passed: r.problems.length ? 0 : 1, failed: r.problems.length ? 1 : 0, failures: r.problems }
  }
  const attempt = async (name, fn) => {
    try {
      return outcome(name, await fn())
    } catch (e) {
      return { name, passed: 0, failed: 1, failures: [String(e?.stack ?? e)] }
    }
  }
  const results = []
  results.push(
    await attempt("system: orders survive the backend killed at place-order (and it comes back by itself)", () =>
      checkoutUnderFault({ base, key, databaseUrl: url, label: "backend killed", fault: async () => process.kill(-backend.pid(), "SIGKILL") })
    )
  )
  const dbName = "system: orders survive a database restart at place-order"
  if (!db.restart || db.reused) {
    results.push({ name: dbName, passed: 0, failed: 0, skipped: 1, note: "skipped: needs the embedded Postgres started by this run (unset DATABASE_URL)" })
  } else {
    results.push(await attempt(dbName, () => checkoutUnderFault({ base, key, databaseUrl: url, label: "database restarted", fault: () => db.restart() })))
  }
  const redisName = "system: orders survive Redis stopping during a checkout burst"
  const redis = await ownRedis(Number(process.env.OCOP_TEST_REDIS_PORT || 6391)).catch(() => null)
  if (!redis) {
    results.push({ name: redisName, passed: 0, failed: 0, skipped: 1, note: "skipped: no redis-server on this machine" })
    return results
  }
  // the backend as a production shop runs it with Redis: event bus, workflow engine and locks there
  await backend.stop()
  await waitForPortFree(Number(process.env.PORT))
  const { backendEnv } = await import("../scripts/main.mjs")
  const withRedis = service("backend (Redis)", "pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "start"], {
    env: backendEnv(url, { REDIS_URL: redis.url, NODE_ENV: "production", DISABLE_ADMIN: "true" }),
    stdio: ["ignore", "ignore", "inherit"],
    restart: { ready: `${base}/health`, timeoutMs: 300000 },
  })
  try {
    await withRedis.ready
    results.push(
      await attempt(redisName, () =>
        checkoutUnderFault({
          base,
          key,
          databaseUrl: url,
          label: "Redis stopped",
          fault: async () => {
            await redis.stop()
            setTimeout(() => redis.start().catch(() => {}), 4000)
          },
        })
      )
    )
  } finally {
    await withRedis.stop()
    await redis.stop()
  }
  return results
}

// The production shape against the machine's Redis: `server` and `worker`
// processes on the e2e database (ports E2E_BACKEND_PORT and the next one), then
// two storefront instances sharing request budgets with them.
async function productionShape(databaseUrl) {
  const names = [
    "system: events and search updates flow through Redis to a worker process",
    "system: storefront and backend instances share request budgets through Redis",
  ]
  const redisUrl = process.env.REDIS_URL || "redis://localhost:6379"
  if (!(await redisReachable(redisUrl))) {
    return names.map((name) => ({ name, passed: 0, failed: 0, skipped: 1, note: `skipped: no Redis at ${redisUrl} (set REDIS_URL)` }))
  }
  const { ADMIN, backendEnv, keyFile, storefrontDist } = await import("../scripts/main.mjs")
  const { waitForUrl } = await import("../scripts/lib/proc.mjs")
  const port = Number(process.env.PORT)
  const key = readFileSync(keyFile(), "utf8").trim()
  await waitForPortFree(port)
  // a Redis database of its own, emptied first, so no other app's queue interferes
  const redis = new URL(redisUrl)
  redis.pathname = "/" + (process.env.OCOP_TEST_REDIS_DB || "7")
  const started = []
  const start = async (name, args, env, p, ready) => {
    const s = service(name, args[0], args.slice(1), { env, stdio: ["ignore", "ignore", "inherit"] })
    await waitForUrl(ready, { child: s.child, timeoutMs: 300000 })
    const handle = { stop: async () => (s.stop(), started.splice(started.indexOf(handle), 1), await waitForPortFree(p)) }
    started.push(handle)
    return handle
  }
  const backend = (mode, p) =>
    start(`backend (${mode})`, ["pnpm", "--filter", "@ocop/backend", "exec", "medusa", "start"],
      backendEnv(databaseUrl, { PORT: String(p), REDIS_URL: redis.toString(), MEDUSA_WORKER_MODE: mode, DISABLE_ADMIN: "true", NODE_ENV: "production" }),
      p, `http://localhost:${p}/health`)
  const perMinute = 4
  const storefront = (p) =>
    start(`storefront :${p}`, ["node", join(storefrontDist(), "server", "entry.mjs")],
      { HOST: "0.0.0.0", PORT: String(p), MEDUSA_BACKEND_URL: `http://localhost:${port}`, MEDUSA_PUBLISHABLE_KEY: key, REDIS_URL: redis.toString(), OCOP_RATE_SIGNIN: String(perMinute) },
      p, `http://localhost:${p}/robots.txt`)
  const outcome = (name, problems) => ({ name, passed: problems.length ? 0 : 1, failed: problems.length ? 1 : 0, failures: problems })
  const results = []
  try {
    await flushRedisDb(redis.toString())
    let server = await backend("server", port)
    const result = await checkWorkerMode({
      serverBase: `http://localhost:${port}`,
      key,
      admin: ADMIN,
      startWorker: () => backend("worker", port + 1),
    })
    console.log(`worker mode: search updated ${result.withWorkerMs} ms after an admin change; a change queued while the worker was down applied ${result.queuedMs} ms after it came back`)
    results.push(outcome(names[0], result.problems))
    const sf = Number(process.env.STOREFRONT_PORT)
    await Promise.all([storefront(sf), storefront(sf + 1)])
    const problems = await checkSharedBudgets({
      storefronts: [`http://localhost:${sf}`, `http://localhost:${sf + 1}`],
      perMinute,
      backendBase: `http://localhost:${port}`,
      backendFailures: 10,
      restartBackend: async () => {
        await server.stop()
        server = await backend("server", port)
      },
    })
    results.push(outcome(names[1], problems))
  } catch (e) {
    for (const name of names.slice(results.length)) results.push({ name, passed: 0, failed: 1, failures: [e.message] })
  } finally {
    for (const s of [...started]) await s.stop()
  }
  return results
}

// The browser tests run the machine's Chromium (tests/playwright.config.ts): say so before any test runs.
function chromiumMissing() {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  try {
    accessSync(path, constants.X_OK)
    return null
  } catch {
    return (
      `✖ npm test needs Chromium for the browser tests, and there is none at ${path}` +
      `${process.env.CHROMIUM_PATH ? " (CHROMIUM_PATH)" : ""}.\n` +
      "  Install it (Debian/Ubuntu):  sudo apt-get install -y chromium\n" +
      "  or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chromium npm test"
    )
  }
}

export async function runAllTests() {
  const started = Date.now()
  const noChromium = chromiumMissing()
  if (noChromium) {
    console.error(noChromium)
    return 2
  }
  // a database of the tests' own, so `npm test` runs beside a running `npm start`
  // (whose embedded Postgres is .data/postgres on 54329); DATABASE_URL still wins
  process.env.OCOP_PG_PORT = process.env.OCOP_TEST_PG_PORT || "54339"
  process.env.OCOP_PG_DIR = process.env.OCOP_TEST_PG_DIR || join(".data", "postgres-test")
  const { install } = await import("../scripts/main.mjs")
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  await install()
  // after install: the database helper needs the workspace's dependencies
  const { resolveDatabase } = await import("../scripts/lib/database.mjs")

  const results = [...(await unitTests()), await backendUnitTests(), ...(await staticChecks())]
  const db = await resolveDatabase()
  try {
    results.push(...(await integrationTests(db.adminUrl)))
    results.push(...(await endToEnd(db)))
  } finally {
    await db.stop()
  }

  console.log("\n──────── test summary ────────")
  for (const r of results) {
    console.log(
      `${r.failed ? "✖" : r.passed ? "✔" : "○"} ${r.name}: ${r.passed} passed, ${r.failed} failed` +
        `${r.skipped ? `, ${r.skipped} skipped` : ""}${r.note ? ` (${r.note})` : ""}`
    )
    for (const f of r.failures ?? []) console.log("    " + f.split("\n").join("\n    "))
  }
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  const skipped = results.reduce((n, r) => n + (r.skipped ?? 0), 0)
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`)
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
  return failed ? 1 : 0
}
