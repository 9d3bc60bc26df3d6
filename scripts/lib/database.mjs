// Finds the database: $DATABASE_URL when set, else an embedded Postgres kept in
// .data/postgres or $OCOP_PG_DIR (scripts/lib/local-postgres.mjs).
import { join, resolve } from "node:path"
import pg from "pg"
import { startLocalPostgres } from "./local-postgres.mjs"
import { ROOT } from "./proc.mjs"

// read at call time: the test runner sets its own port and data directory before calling in
const embeddedPort = () => Number(process.env.OCOP_PG_PORT || 54329)

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

/**
 * Creates database `name` as a copy of `source` (replacing one of that name). A template
 * must have no other session: leftover ones are ended first; returns how many there were.
 */
export async function copyDatabase(adminUrl, source, name) {
  await dropDatabase(adminUrl, name)
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [source]
    )
    await client.query(`create database "${name.replace(/"/g, '""')}" template "${source.replace(/"/g, '""')}"`)
    return rowCount ?? 0
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
 * Returns { url, adminUrl, stop, restart } where url points at the app database and
 * adminUrl at the server's `postgres` database (to create test databases).
 * For the embedded server also { dataDir, port, server, pid(), reused }: `server` is
 * its supervised handle (scripts/lib/supervise.mjs) and restart() stops it fast and
 * starts it again, resolving once it accepts connections. `reused` is true when the
 * server was already running (an earlier or another `npm start`'s): restarting it
 * disturbs that one. With DATABASE_URL restart is undefined: that server is not ours.
 */
export async function resolveDatabase(name = "ocop") {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    const adminUrl = withDatabase(url, "postgres")
    const err = await reachable(adminUrl)
    if (err) {
      const u = new URL(url)
      console.error(
        `✖ Cannot reach the database server at ${u.hostname}:${u.port || 5432} (from DATABASE_URL): ${err?.message ?? String(err)}.\n` +
          "  Start that Postgres, fix DATABASE_URL, or unset DATABASE_URL to use the embedded Postgres in .data/postgres."
      )
      process.exit(3)
    }
    await ensureDatabase(adminUrl, new URL(url).pathname.slice(1) || name)
    return { url, adminUrl, stop: async () => {}, restart: undefined }
  }

  const dataDir = resolve(ROOT, process.env.OCOP_PG_DIR || join(".data", "postgres"))
  const port = embeddedPort()
  const adminUrl = `postgres://postgres:postgres@localhost:${port}/postgres`
  const server = await startLocalPostgres({ dataDir, port, adminUrl, reachable })
  await ensureDatabase(adminUrl, name)
  return {
    url: withDatabase(adminUrl, name),
    adminUrl,
    stop: () => server.stop(),
    restart: () => server.restart(),
    server,
    pid: () => server.pid(),
    reused: Boolean(server.child?.adopted),
    dataDir,
    port,
  }
}
