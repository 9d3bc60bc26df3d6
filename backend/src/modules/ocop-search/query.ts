import type { SearchTypes } from "@medusajs/framework/types"
import { compileClauses, type Clause, type Doc } from "./filters"
import { buildQuery, type Scores, type TypoSizes } from "./text"

/** What the engine reads: the replica's documents at one version (replica.ts). */
export type View = {
  /** live documents, by slot */
  docs: Doc[]
  slotOf(id: string): number | undefined
  /** slots in the given order (cached per version) */
  sorted(order: [string, "ASC" | "DESC"][]): Int32Array
  /** a field's values numbered per slot (cached per version), for counting facets without a Map per document */
  codes(field: string): { perSlot: Int32Array; values: unknown[] } | null
  /** slot → relevance for a text query (cached per version) */
  text(key: string, build: () => ReturnType<typeof buildQuery>): Scores
  primaryKey: string
}

type Input = SearchTypes.ProviderSearchQuery
type Facet = { field: string; type: "value" | "stats" | "range"; limit?: number; sort?: string; ranges?: { key?: string; from?: number; to?: number }[] }
// value facets count by the raw value (no string made per document); stats: [min, max, sum, count]; range: a count per range
type Coded = { perSlot: Int32Array; values: unknown[]; counts: Int32Array }
type Acc = { input: Input; mask: number; count: number; facets: Facet[]; coded: (Coded | null)[]; counters: Map<unknown, number>[]; stats: number[][]; matched?: Uint8Array }

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
    return {
      input,
      mask,
      count: 0,
      facets,
      coded: facets.map((f) => {
        const c = f.type === "value" ? view.codes(f.field) : null
        return c && { ...c, counts: new Int32Array(c.values.length) }
      }),
      counters: facets.map(() => new Map()),
      stats: facets.map((f) => (f.type === "stats" ? [Infinity, -Infinity, 0, 0] : (f.ranges ?? []).map(() => 0))),
      matched: wantsHits ? new Uint8Array(view.docs.length) : undefined,
    }
  })
  const tests = [...clauses.values()]

  // a page alone (no count, no facets) in a stored order: only the documents up to the page are tested
  const lone = accs.length === 1 ? accs[0] : undefined
  const order = Object.entries(lone?.input.pagination?.order ?? {}) as [string, "ASC" | "DESC"][]
  if (lone && !lone.facets.length && lone.input.search_options?.count === "none" && !scores && order.every(([f]) => f !== "_score")) {
    return [lazyPage(view, lone.input, tests, order, Date.now() - started)]
  }

  const visit = (slot: number) => {
    const doc = view.docs[slot]
    if (!doc) return // a deleted document's slot, free for the next one
    let failed = 0
    for (const c of tests) if (!c.test(doc)) failed |= c.bit
    for (const a of accs) {
      if (failed & a.mask) continue
      a.count++
      if (a.matched) a.matched[slot] = 1
      for (let k = 0; k < a.facets.length; k++) {
        const c = a.coded[k]
        if (c) c.counts[c.perSlot[slot]]++
        else tally(a, k, doc[a.facets[k].field])
      }
    }
  }
  if (scores) {
    for (const slot of scores.list) visit(slot)
  } else {
    for (let slot = 0; slot < view.docs.length; slot++) visit(slot)
  }
  return accs.map((a) => result(view, a, scores, Date.now() - started))
}

function lazyPage(view: View, input: Input, tests: Clause[], order: [string, "ASC" | "DESC"][], ms: number): SearchTypes.SearchResult {
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const sorted = view.sorted(order)
  const slots: number[] = []
  let seen = 0
  for (let i = 0; i < sorted.length && slots.length < take; i++) {
    const doc = view.docs[sorted[i]]
    if (!tests.every((c) => c.test(doc))) continue
    if (seen++ >= skip) slots.push(sorted[i])
  }
  return { hits: slots.map((slot) => hit(view, input, slot, null)), metadata: { skip, take, count: null, query: input.q, processing_time_ms: ms } }
}

function hit(view: View, input: Input, slot: number, scores: Scores | null) {
  const doc = view.docs[slot]
  const retrieve = input.attributes_to_retrieve
  return {
    id: String(doc[view.primaryKey]),
    score: input.search_options?.include_score ? scores?.score[slot] ?? 0 : undefined,
    document: retrieve?.length ? Object.fromEntries(retrieve.filter((k) => k in doc).map((k) => [k, doc[k]])) : { ...doc },
  }
}

function tally(a: Acc, k: number, value: unknown) {
  const f = a.facets[k]
  if (f.type === "value") {
    const counts = a.counters[k]
    if (Array.isArray(value)) {
      for (const v of value) if (v !== undefined && v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
    } else if (value !== undefined && value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
    return
  }
  if (typeof value !== "number") return
  const s = a.stats[k]
  if (f.type === "stats") {
    if (value < s[0]) s[0] = value
    if (value > s[1]) s[1] = value
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
  a.facets.forEach((f, k) => {
    if (f.type === "value") {
      const byText = new Map<string, number>()
      const c = a.coded[k]
      if (c) c.counts.forEach((n, code) => code && n && byText.set(String(c.values[code]), (byText.get(String(c.values[code])) ?? 0) + n))
      for (const [v, n] of a.counters[k]) byText.set(String(v), (byText.get(String(v)) ?? 0) + n)
      const entries = [...byText].map(([value, count]) => ({ value, count }))
      entries.sort((x, y) => (f.sort === "alpha" ? x.value.localeCompare(y.value) : y.count - x.count || x.value.localeCompare(y.value)))
      const values = f.limit === undefined ? entries : entries.slice(0, f.limit)
      const other = entries.slice(values.length).reduce((n, e) => n + e.count, 0)
      out[f.field] = { type: "value", values, ...(other ? { other_count: other } : {}) }
    } else if (f.type === "stats") {
      const [min, max, sum, count] = a.stats[k]
      out[f.field] = count ? { type: "stats", min, max, sum, avg: sum / count, count } : { type: "stats", min: 0, max: 0, count: 0 }
    } else {
      out[f.field] = { type: "range", ranges: (f.ranges ?? []).map((r, i) => ({ ...r, count: a.stats[k][i] ?? 0 })) }
    }
  })
  return out as SearchTypes.SearchResult["facets"]
}

function result(view: View, a: Acc, scores: Scores | null, ms: number): SearchTypes.SearchResult {
  const { input } = a
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const slots = a.matched ? page(view, a.matched, input, scores, skip, take) : []
  return {
    hits: slots.map((slot) => hit(view, input, slot, scores)),
    facets: facetResults(a),
    metadata: { skip, take, count: input.search_options?.count === "none" ? null : a.count, query: input.q, processing_time_ms: ms },
  }
}

/** The requested page: by relevance when there are words and no other order, otherwise in the index's presorted order. */
function page(view: View, matched: Uint8Array, input: Input, scores: Scores | null, skip: number, take: number): number[] {
  const order = Object.entries(input.pagination?.order ?? {}) as [string, "ASC" | "DESC"][]
  const byScore = scores && (!order.length || order[0][0] === "_score")
  if (byScore) {
    const ranked: [number, number, string][] = []
    for (const slot of scores.list) if (matched[slot]) ranked.push([slot, scores.score[slot], String(view.docs[slot][view.primaryKey])])
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
