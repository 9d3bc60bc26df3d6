import type { SearchTypes } from "@medusajs/framework/types"
import { compileClauses, type Clause, type Doc } from "./filters"
import { buildQuery, type TypoSizes } from "./text"

/** What the engine reads: the replica's documents at one version (replica.ts). */
export type View = {
  /** live documents, by slot */
  docs: Doc[]
  slotOf(id: string): number | undefined
  /** slots in the given order (cached per version) */
  sorted(order: [string, "ASC" | "DESC"][]): Int32Array
  /** id → relevance for a text query (cached per version) */
  text(key: string, build: () => ReturnType<typeof buildQuery>): Map<string, number>
  primaryKey: string
}

type Input = SearchTypes.ProviderSearchQuery
type Facet = { field: string; type: "value" | "stats" | "range"; limit?: number; sort?: string; ranges?: { key?: string; from?: number; to?: number }[] }
type Acc = { input: Input; mask: number; count: number; facets: Facet[]; values: Map<string, Map<string, number>>; stats: Map<string, number[]>; matched?: Uint8Array }

const textKey = (input: Input) => {
  const o = input.search_options ?? {}
  const t = input.index.settings?.typo_tolerance
  const typo = !!o.typo_tolerance && t?.enabled !== false && { one: t?.min_word_size_for_one_typo ?? 3, two: t?.min_word_size_for_two_typos ?? 8 }
  return JSON.stringify([input.q?.trim() ?? "", typo, o.match_strategy ?? "all"])
}

/**
 * Answers queries that share their words in one pass over the matching
 * documents — in practice a search and the relaxed variants the Search Module
 * adds for disjunctive facets (the same query with one facet's filter
 * dropped). Each distinct top-level filter clause is evaluated once per
 * document; a document counts for every query none of whose clauses failed.
 */
export function answerMany(view: View, inputs: Input[]): SearchTypes.SearchResult[] {
  const results: SearchTypes.SearchResult[] = new Array(inputs.length)
  const groups = new Map<string, number[]>()
  inputs.forEach((input, i) => groups.set(textKey(input), [...(groups.get(textKey(input)) ?? []), i]))
  for (const [key, members] of groups) {
    // more distinct clauses than bits: answer those queries one by one
    const batches = clauseCount(inputs, members) > 30 ? members.map((m) => [m]) : [members]
    for (const batch of batches) answerGroup(view, key, batch.map((i) => inputs[i])).forEach((r, k) => (results[batch[k]] = r))
  }
  return results
}

function clauseCount(inputs: Input[], members: number[]) {
  return new Set(members.flatMap((i) => compileClauses(inputs[i].filters).map((c) => c.key))).size
}

function answerGroup(view: View, key: string, inputs: Input[]): SearchTypes.SearchResult[] {
  const started = Date.now()
  const [q, typo, strategy] = JSON.parse(key) as [string, false | TypoSizes, string]
  const scores = q ? view.text(key, () => buildQuery(q, { prefixLast: strategy === "last", typo })) : null
  const clauses = new Map<string, Clause & { bit: number }>()
  const accs: Acc[] = inputs.map((input) => {
    let mask = 0
    for (const c of compileClauses(input.filters)) {
      if (!clauses.has(c.key)) clauses.set(c.key, { ...c, bit: 1 << clauses.size })
      mask |= clauses.get(c.key)!.bit
    }
    const facets = (input.search_options?.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : (f as Facet)))
    const wantsHits = (input.pagination?.take ?? 20) > 0
    return { input, mask, count: 0, facets, values: new Map(), stats: new Map(), matched: wantsHits ? new Uint8Array(view.docs.length) : undefined }
  })
  const tests = [...clauses.values()]

  const visit = (slot: number) => {
    const doc = view.docs[slot]
    if (!doc) return // a deleted document's slot, free for the next one
    let failed = 0
    for (const c of tests) if (!c.test(doc)) failed |= c.bit
    for (const a of accs) {
      if (failed & a.mask) continue
      a.count++
      if (a.matched) a.matched[slot] = 1
      for (const f of a.facets) tally(a, f, doc[f.field])
    }
  }
  if (scores) {
    for (const id of scores.keys()) {
      const slot = view.slotOf(id)
      if (slot !== undefined) visit(slot)
    }
  } else {
    for (let slot = 0; slot < view.docs.length; slot++) visit(slot)
  }
  return accs.map((a) => result(view, a, scores, Date.now() - started))
}

function tally(a: Acc, f: Facet, value: unknown) {
  if (f.type === "value") {
    const counts = a.values.get(f.field) ?? a.values.set(f.field, new Map()).get(f.field)!
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null) continue
      const k = String(v)
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    return
  }
  if (typeof value !== "number") return
  // stats: [min, max, sum, count]; range: one count per range
  const s = a.stats.get(f.field) ?? a.stats.set(f.field, f.type === "stats" ? [Infinity, -Infinity, 0, 0] : (f.ranges ?? []).map(() => 0)).get(f.field)!
  if (f.type === "stats") {
    s[0] = Math.min(s[0], value)
    s[1] = Math.max(s[1], value)
    s[2] += value
    s[3]++
  } else {
    f.ranges!.forEach((r, i) => {
      if ((r.from === undefined || value >= r.from) && (r.to === undefined || value < r.to)) s[i]++
    })
  }
}

function facetResults(a: Acc): SearchTypes.SearchResult["facets"] {
  if (!a.facets.length) return undefined
  const out: Record<string, unknown> = {}
  for (const f of a.facets) {
    if (f.type === "value") {
      const entries = [...(a.values.get(f.field) ?? new Map<string, number>())].map(([value, count]) => ({ value, count }))
      entries.sort((x, y) => (f.sort === "alpha" ? x.value.localeCompare(y.value) : y.count - x.count || x.value.localeCompare(y.value)))
      const values = f.limit === undefined ? entries : entries.slice(0, f.limit)
      const other = entries.slice(values.length).reduce((n, e) => n + e.count, 0)
      out[f.field] = { type: "value", values, ...(other ? { other_count: other } : {}) }
    } else if (f.type === "stats") {
      const [min, max, sum, count] = a.stats.get(f.field) ?? [0, 0, 0, 0]
      out[f.field] = count ? { type: "stats", min, max, sum, avg: sum / count, count } : { type: "stats", min: 0, max: 0, count: 0 }
    } else {
      const counts = a.stats.get(f.field) ?? []
      out[f.field] = { type: "range", ranges: (f.ranges ?? []).map((r, i) => ({ ...r, count: counts[i] ?? 0 })) }
    }
  }
  return out as SearchTypes.SearchResult["facets"]
}

function result(view: View, a: Acc, scores: Map<string, number> | null, ms: number): SearchTypes.SearchResult {
  const { input } = a
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const slots = a.matched ? page(view, a.matched, input, scores, skip, take) : []
  const retrieve = input.attributes_to_retrieve
  return {
    hits: slots.map((slot) => {
      const doc = view.docs[slot]
      const id = String(doc[view.primaryKey])
      return {
        id,
        score: input.search_options?.include_score ? scores?.get(id) ?? 0 : undefined,
        document: retrieve?.length ? Object.fromEntries(retrieve.filter((k) => k in doc).map((k) => [k, doc[k]])) : { ...doc },
      }
    }),
    facets: facetResults(a),
    metadata: { skip, take, count: input.search_options?.count === "none" ? null : a.count, query: input.q, processing_time_ms: ms },
  }
}

/** The requested page: by relevance when there are words and no other order, otherwise in the index's presorted order. */
function page(view: View, matched: Uint8Array, input: Input, scores: Map<string, number> | null, skip: number, take: number): number[] {
  const order = Object.entries(input.pagination?.order ?? {}) as [string, "ASC" | "DESC"][]
  const byScore = scores && (!order.length || order[0][0] === "_score")
  if (byScore) {
    const ranked: [number, number, string][] = []
    for (const [id, score] of scores) {
      const slot = view.slotOf(id)
      if (slot !== undefined && matched[slot]) ranked.push([slot, score, id])
    }
    const asc = order[0]?.[1] === "ASC"
    ranked.sort((x, y) => (asc ? x[1] - y[1] : y[1] - x[1]) || (x[2] < y[2] ? -1 : 1))
    return ranked.slice(skip, skip + take).map((r) => r[0])
  }
  const sorted = view.sorted(order.filter(([f]) => f !== "_score"))
  const out: number[] = []
  let seen = 0
  for (let i = 0; i < sorted.length && out.length < take; i++) {
    if (!matched[sorted[i]]) continue
    if (seen++ >= skip) out.push(sorted[i])
  }
  return out
}
