import MiniSearch, { type Query, type SearchOptions } from "minisearch"
import { SYNONYMS, type SynonymRule } from "../../lib/search/synonyms"

/**
 * Text matching for the OCOP search provider, on MiniSearch (a kept library:
 * radix-tree index, BM25 ranking, prefix and Levenshtein fuzzy matching).
 * What is ours is Vietnamese: every term is NFC-normalised, lower-cased and
 * folded (dấu removed, đ → d), so "nuoc mam", "nước mắm" and "Nuoc Mắm" are
 * one query; there are no stop-words ("mè", "Cần Thơ" are words like any
 * other); synonyms widen a query (lib/search/synonyms.ts); typo tolerance allows one edit
 * from three letters on by default (the index settings say) — Vietnamese
 * syllables are short, "dog" is "dong".
 */
export const foldTerm = (term: string) =>
  term
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")

const WORD = /[\p{L}\p{N}]+/gu
export const tokenize = (text: string) => text.normalize("NFC").match(WORD) ?? []
export const terms = (text: string) => tokenize(text).map(foldTerm)

/** Word sizes from which one and two typos are forgiven (the index's settings.typo_tolerance, as Meilisearch reads them). */
export type TypoSizes = { one: number; two: number }
export const DEFAULT_TYPO_SIZES: TypoSizes = { one: 3, two: 8 }
export const typoDistance = (term: string, sizes = DEFAULT_TYPO_SIZES) => (term.length < sizes.one ? 0 : term.length < sizes.two ? 1 : 2)

type Rule = { from: string[]; to: string[] }
function compileRules(rules: SynonymRule[]): Rule[] {
  const out: Rule[] = []
  for (const r of rules) {
    const [from, to] = [terms(r.from), terms(r.to)]
    if (from.join(" ") === to.join(" ")) continue // folding already makes them one
    out.push({ from, to })
    if (r.both) out.push({ from: to, to: from })
  }
  return out.sort((a, b) => b.from.length - a.from.length) // longest phrase first
}
const RULES = compileRules(SYNONYMS)

export type TextOptions = { prefixLast: boolean; typo: false | TypoSizes }

/**
 * The query as a MiniSearch tree: every word must match (AND); a word or
 * phrase with synonyms matches either form (OR); the last word may be
 * a prefix (results while typing).
 */
export function buildQuery(q: string, { prefixLast, typo }: TextOptions): Query | null {
  const words = terms(q)
  if (!words.length) return null
  const leaf = (phrase: string[], endsQuery: boolean): Query => ({
    combineWith: "AND",
    queries: phrase.map((w, i) => ({
      queries: [w],
      prefix: prefixLast && endsQuery && i === phrase.length - 1,
      fuzzy: typo ? typoDistance(w, typo) || false : false,
    })),
  })
  const parts: Query[] = []
  for (let i = 0; i < words.length; ) {
    const rule = RULES.find((r) => r.from.every((w, k) => words[i + k] === w))
    const span = rule ? rule.from.length : 1
    const phrase = words.slice(i, i + span)
    const last = i + span === words.length
    parts.push(rule ? { combineWith: "OR", queries: [leaf(phrase, last), leaf(rule.to, false)] } : leaf(phrase, last))
    i += span
  }
  return { combineWith: "AND", queries: parts }
}

/** A MiniSearch index over the searchable fields, weighted as the index definition says. */
export function createTextIndex(fields: Record<string, number>) {
  return new MiniSearch<Record<string, unknown>>({
    idField: "id",
    fields: Object.keys(fields),
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => foldTerm(term) || null,
    extractField: (doc, field) => {
      const v = doc[field]
      return Array.isArray(v) ? v.join(" ") : v == null ? "" : String(v)
    },
    searchOptions: { boost: fields, combineWith: "AND", weights: { fuzzy: 0.3, prefix: 0.6 } },
  })
}

export type TextIndex = ReturnType<typeof createTextIndex>

/** Document id → relevance, for a text query. */
export function matchText(index: TextIndex, query: Query): Map<string, number> {
  const options: SearchOptions = {}
  return new Map(index.search(query, options).map((r) => [String(r.id), r.score]))
}
