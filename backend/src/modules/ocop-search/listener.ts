import { CHANNEL } from "./table"
import type { Replica } from "./replica"

// Keeps every replica of this process in step with writes made by other
// instances: a LISTEN connection of its own (NOTIFY is sent by the writer's
// transaction, so it arrives after the commit), and a poll every few seconds
// in case a notification is lost (a dropped connection, a restart of Postgres).

const POLL_MS = Number(process.env.OCOP_SEARCH_POLL_MS ?? 3000)

type PgClient = {
  query(sql: string): Promise<unknown>
  on(event: "notification", cb: (msg: { channel: string; payload?: string }) => void): void
  on(event: "error" | "end", cb: (err?: Error) => void): void
  end(): Promise<void>
}
type Knex = { client: { acquireRawConnection(): Promise<PgClient> } }
type Logger = { warn(msg: string): void; error(msg: string): void }

// One replica per table per process, shared by every instance of the provider
// (whoever writes, the replica the readers use is the one caught up) — and by
// every copy of this file: a test runner or a bundler may load a module twice,
// so the registry hangs on the process, not on the module.
type Registry = { replicas: Map<string, Replica>; started: boolean }
const registry: Registry = ((globalThis as Record<symbol, unknown>)[Symbol.for("ocop-search.replicas")] ??= {
  replicas: new Map(),
  started: false,
}) as Registry
const replicas = registry.replicas

/** This process's replica of `table`, created (and watched) on first use. */
export function replicaOf(table: string, create: () => Replica, knex: Knex | undefined, logger: Logger): Replica {
  let replica = replicas.get(table)
  if (!replica) {
    replica = create()
    replicas.set(table, replica)
    watch(knex, logger)
  }
  return replica
}

/** Drops the replica of a table that was dropped or rebuilt. */
export function forget(table: string) {
  replicas.delete(table)
}

/** Catches this process's replica of `table` up, if there is one. */
export async function syncTable(table: string) {
  await replicas.get(table)?.sync()
}

function watch(knex: Knex | undefined, logger: Logger) {
  if (registry.started) return
  registry.started = true
  const syncAll = () => replicas.forEach((r) => r.sync(60).catch((e) => logger.error(`[ocop-search] sync of ${r.table} failed: ${e.message}`)))
  setInterval(syncAll, POLL_MS).unref()
  if (knex) listen(knex, logger, syncAll)
}

async function listen(knex: Knex, logger: Logger, catchUp: () => void) {
  try {
    const client = await knex.client.acquireRawConnection()
    const retry = (why?: Error) => {
      logger.warn(`[ocop-search] lost the ${CHANNEL} listener (${why?.message ?? "closed"}); polling until it is back`)
      client.end().catch(() => {})
      setTimeout(() => listen(knex, logger, catchUp), POLL_MS).unref()
    }
    client.on("error", retry)
    client.on("notification", (msg) => {
      if (msg.channel !== CHANNEL) return
      const replica = msg.payload ? replicas.get(msg.payload) : undefined
      if (replica) replica.sync().catch(() => {})
      else catchUp()
    })
    await client.query(`LISTEN ${CHANNEL}`)
    // (unref: a listener must not keep a finished script alive)
    ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
    catchUp()
  } catch (e) {
    logger.warn(`[ocop-search] cannot LISTEN (${(e as Error).message}); polling every ${POLL_MS} ms`)
  }
}

/** Table and last applied seq of every loaded replica of this process ("ocop_search_product_v2@1234"); undefined before any has loaded. */
export function replicaVersion(): string | undefined {
  const loaded = [...replicas.values()].filter((r) => r.isLoaded)
  return loaded.length ? loaded.map((r) => `${r.table}@${r.version}`).join(",") : undefined
}
