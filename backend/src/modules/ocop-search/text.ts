import { SYNONYMS, type SynonymRule } from "../../lib/search/synonyms"
import { TextIndex } from "./text-index"

/**
 * Text matching for the OCOP search provider (the index itself: text-index.ts).
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

/** One word of the query, or a phrase with synonyms: any alternative (all its words) may match. */
type Part = { alternatives: string[][]; last: boolean }
export type TextQuery = { parts: Part[]; options: TextOptions }

/** The query's words, with synonym alternatives; null when it has no words at all. */
export function buildQuery(q: string, options: TextOptions): TextQuery | null {
  const words = terms(q)
  if (!words.length) return null
  const parts: Part[] = []
  for (let i = 0; i < words.length; ) {
    const rule = RULES.find((r) => r.from.every((w, k) => words[i + k] === w))
    const span = rule ? rule.from.length : 1
    parts.push({ alternatives: rule ? [words.slice(i, i + span), rule.to] : [words.slice(i, i + span)], last: i + span === words.length })
    i += span
  }
  return { parts, options }
}

export function createTextIndex(fields: Record<string, number>) {
  return new TextIndex(fields, terms)
}
export type { TextIndex }

const EXACT = 1
const PREFIX = 0.6
const FUZZY = 0.3

/** The slots a query matched and their relevance (dense: score[slot] > 0 for each slot in list). */
export type Scores = { list: number[]; score: Float64Array }

/** Slots → score of one word: its exact term, terms it begins (when a prefix), terms a typo away (when asked). */
function wordScores(index: TextIndex, word: string, prefix: boolean, typo: false | TypoSizes): Scores {
  const found = new Map<string, number>([[word, EXACT]])
  if (prefix) for (const t of index.withPrefix(word)) if (!found.has(t)) found.set(t, PREFIX)
  const d = typo ? typoDistance(word, typo) : 0
  if (d) for (const t of index.near(word, d, prefix)) if (!found.has(t)) found.set(t, FUZZY)
  const out: Scores = { list: [], score: new Float64Array(index.capacity) }
  for (const [term, factor] of found) {
    const postings = index.postingsOf(term)
    if (!postings) continue
    for (const [slot, weight] of postings) {
      const s = weight * factor
      const had = out.score[slot]
      if (had === 0) out.list.push(slot)
      if (s > had) out.score[slot] = s
    }
  }
  return out
}

/** Slots in both, scores added. */
function both(a: Scores, b: Scores, capacity: number): Scores {
  const [small, large] = a.list.length <= b.list.length ? [a, b] : [b, a]
  const out: Scores = { list: [], score: new Float64Array(capacity) }
  for (const slot of small.list) {
    const t = large.score[slot]
    if (t > 0) {
      out.list.push(slot)
      out.score[slot] = small.score[slot] + t
    }
  }
  return out
}

/** Slot → relevance: every part of the query matches (AND); a part matches through any of its alternatives. */
export function matchText(index: TextIndex, query: TextQuery): Scores {
  const { prefixLast, typo } = query.options
  const capacity = index.capacity
  let result: Scores | null = null
  for (const part of query.parts) {
    let partScores: Scores | null = null
    for (const phrase of part.alternatives) {
      let scores: Scores | null = null
      for (const [i, word] of phrase.entries()) {
        const w = wordScores(index, word, prefixLast && part.last && i === phrase.length - 1, typo)
        scores = scores ? both(scores, w, capacity) : w
        if (!scores.list.length) break
      }
      if (!scores) continue
      if (!partScores) partScores = scores
      else
        for (const slot of scores.list) {
          if (partScores.score[slot] === 0) partScores.list.push(slot)
          if (scores.score[slot] > partScores.score[slot]) partScores.score[slot] = scores.score[slot]
        }
    }
    partScores ??= { list: [], score: new Float64Array(capacity) }
    result = result ? both(result, partScores, capacity) : partScores
    if (!result.list.length) break
  }
  return result ?? { list: [], score: new Float64Array(0) }
}
