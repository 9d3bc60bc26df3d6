import type { Doc } from "./filters"
import type { View } from "./query"
import { changesSql, recentSql } from "./table"
import { buildQuery, createTextIndex, matchText, type Scores, type TextIndex } from "./text"

export type Codes = { perSlot: Int32Array; values: unknown[] }
export type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

const BATCH = 5000
// text matches kept per version (a query's words are matched once, then its pages, sorts and filters reuse them;
// each holds a score array the size of the index, 160 kB at 20,000 documents, hence only 64 of them).
// OCOP_SEARCH_TEXT_CACHE=0 turns it off (the search benchmark's "uncached" runs).
const TEXT_CACHE = Number(process.env.OCOP_SEARCH_TEXT_CACHE ?? 64)

/**
 * One physical index held in this process's memory, caught up from its table
 * (table.ts) by `seq`: on start, after each of this process's own writes, on
 * every NOTIFY from another instance's writes (listener.ts), and by polling
 * as a safety net. Reads never wait for the database once loaded.
 */
export class Replica implements View {
  docs: Doc[] = []
  private slots = new Map<string, number>()
  /** the seq each id was last applied at (tombstones included) */
  private seqs = new Map<string, number>()
  private free: number[] = []
  private textIndex: TextIndex
  /** the highest seq applied: the version of what this replica answers from */
  version = 0
  private sortedCache = new Map<string, Int32Array>()
  private codesCache = new Map<string, Codes | null>()
  private textCache = new Map<string, Scores>()
  private loaded: Promise<void> | null = null
  private running: Promise<void> | null = null
  private again = false

  constructor(
    readonly table: string,
    readonly primaryKey: string,
    searchable: Record<string, number>,
    private execute: Execute
  ) {
    this.textIndex = createTextIndex(searchable)
  }

  /** true once the first full load is done */
  isLoaded = false

  /** Resolves once the first full load is done. */
  ready(): Promise<void> {
    return (this.loaded ??= this.sync().then(() => void (this.isLoaded = true)))
  }

  /** Applies every row written since `version` (and, with `recentSeconds`, any row written that recently); calls made meanwhile run once more afterwards. */
  sync(recentSeconds = 0): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      try {
        do {
          this.again = false
          for (;;) {
            const rows = await this.execute(changesSql(this.table, this.primaryKey), [this.version, BATCH])
            rows.forEach((row) => this.apply(String(row.id), row.document as Doc | string | null, Number(row.seq)))
            if (rows.length < BATCH) break
          }
          if (recentSeconds) {
            const rows = await this.execute(recentSql(this.table, this.primaryKey), [recentSeconds])
            rows.forEach((row) => this.apply(String(row.id), row.document as Doc | string | null, Number(row.seq)))
          }
        } while (this.again)
      } finally {
        this.running = null
      }
    })()
    return this.running
  }

  private apply(id: string, raw: Doc | string | null, seq: number) {
    if ((this.seqs.get(id) ?? 0) >= seq) return // already applied
    this.seqs.set(id, seq)
    const doc = typeof raw === "string" ? (JSON.parse(raw) as Doc) : raw
    let slot = this.slots.get(id)
    if (slot !== undefined) {
      this.textIndex.remove(slot)
      if (!doc) {
        this.docs[slot] = undefined as unknown as Doc
        this.slots.delete(id)
        this.free.push(slot)
      }
    }
    if (doc) {
      if (slot === undefined) {
        slot = this.free.pop() ?? this.docs.length
        this.slots.set(id, slot)
      }
      this.docs[slot] = doc
      this.textIndex.add(slot, doc)
    }
    this.version = Math.max(this.version, seq)
    this.sortedCache.clear()
    this.codesCache.clear()
    this.textCache.clear()
  }

  get size() {
    return this.slots.size
  }

  slotOf(id: string) {
    return this.slots.get(id)
  }

  sorted(order: [string, "ASC" | "DESC"][]): Int32Array {
    const key = JSON.stringify(order)
    let cached = this.sortedCache.get(key)
    if (!cached) {
      const live = [...this.slots.values()]
      const pk = this.primaryKey
      const docs = this.docs
      live.sort((a, b) => {
        for (const [field, dir] of order) {
          const c = compareNullsLast(docs[a][field], docs[b][field], dir)
          if (c) return c
        }
        return String(docs[a][pk]) < String(docs[b][pk]) ? -1 : 1
      })
      cached = Int32Array.from(live)
      this.sortedCache.set(key, cached)
    }
    return cached
  }

  /** The field's values numbered (1, 2, …; 0 = none) per slot, kept per version; null when some document holds a list there. */
  codes(field: string): Codes | null {
    if (!this.codesCache.has(field)) {
      const numbers = new Map<unknown, number>()
      const values: unknown[] = [undefined]
      const perSlot = new Int32Array(this.docs.length)
      let listed = false
      for (let slot = 0; slot < this.docs.length && !listed; slot++) {
        const v = this.docs[slot]?.[field]
        if (v === undefined || v === null) continue
        if (Array.isArray(v)) listed = true
        let n = numbers.get(v)
        if (n === undefined) {
          numbers.set(v, (n = values.length))
          values.push(v)
        }
        perSlot[slot] = n
      }
      this.codesCache.set(field, listed ? null : { perSlot, values })
    }
    return this.codesCache.get(field)!
  }

  text(key: string, build: () => ReturnType<typeof buildQuery>): Scores {
    const cached = this.textCache.get(key)
    if (cached) return cached
    const query = build()
    const scores = query ? matchText(this.textIndex, query) : { list: [], score: new Float64Array(0) }
    if (TEXT_CACHE > 0) {
      if (this.textCache.size >= TEXT_CACHE) this.textCache.delete(this.textCache.keys().next().value!)
      this.textCache.set(key, scores)
    }
    return scores
  }
}

function compareNullsLast(a: unknown, b: unknown, dir: "ASC" | "DESC"): number {
  const [x, y] = [a ?? null, b ?? null]
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  const c = typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0
  return dir === "ASC" ? c : -c
}
