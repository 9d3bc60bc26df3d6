import type { Doc } from "./filters"

/**
 * The words of the replica's documents: term → (slot → weight), and the sorted
 * list of distinct terms for prefix and typo look-ups.
 *
 * Why not a kept library: MiniSearch (tried first) answered 90–400 ms per
 * query at 20,000 documents on this 2-core machine — it scores and builds a
 * result object per matching document and per field, and a short prefix
 * ("ch") matches nearly all of them. Here a query costs a few milliseconds:
 * postings are summed per slot in typed arrays, and the only per-document
 * objects made are the pages' hits.
 */
export class TextIndex {
  private postings = new Map<string, Map<number, number>>()
  private termsOf = new Map<number, string[]>()
  private sortedTerms: string[] | null = []
  private maxSlot = -1

  constructor(
    /** field → weight */
    private fields: Record<string, number>,
    private tokenize: (text: string) => string[]
  ) {}

  add(slot: number, doc: Doc) {
    if (slot > this.maxSlot) this.maxSlot = slot
    const weights = new Map<string, number>()
    for (const [field, weight] of Object.entries(this.fields)) {
      const v = doc[field]
      const text = Array.isArray(v) ? v.join(" ") : v == null ? "" : String(v)
      const terms = this.tokenize(text)
      // a word in a short field counts more than the same word in a long one
      const w = (weight * 2) / (1 + terms.length / 4)
      for (const t of new Set(terms)) weights.set(t, (weights.get(t) ?? 0) + w)
    }
    for (const [t, w] of weights) {
      let list = this.postings.get(t)
      if (!list) {
        this.postings.set(t, (list = new Map()))
        this.sortedTerms = null
      }
      list.set(slot, w)
    }
    this.termsOf.set(slot, [...weights.keys()])
  }

  remove(slot: number) {
    for (const t of this.termsOf.get(slot) ?? []) {
      const list = this.postings.get(t)
      list?.delete(slot)
      if (list && !list.size) {
        this.postings.delete(t)
        this.sortedTerms = null
      }
    }
    this.termsOf.delete(slot)
  }

  private terms(): string[] {
    return (this.sortedTerms ??= [...this.postings.keys()].sort())
  }

  /** Terms that begin with `prefix` (binary search in the sorted terms). */
  withPrefix(prefix: string): string[] {
    const terms = this.terms()
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (terms[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) out.push(terms[i])
    return out
  }

  /** Terms within `distance` edits of `word` (and, with `prefix`, terms that begin within that distance). */
  near(word: string, distance: number, prefix: boolean): string[] {
    const out: string[] = []
    for (const t of this.terms()) {
      if (!prefix && Math.abs(t.length - word.length) > distance) continue
      if (withinEdits(word, prefix ? t.slice(0, word.length + distance) : t, distance, prefix)) out.push(t)
    }
    return out
  }

  postingsOf(term: string): Map<number, number> | undefined {
    return this.postings.get(term)
  }

  /** One past the highest slot ever indexed: the size of a score array. */
  get capacity() {
    return this.maxSlot + 1
  }
}

const rowA = new Int32Array(64)
const rowB = new Int32Array(64)

/** Levenshtein distance ≤ max, with early exit; with `prefix`, a prefix of `b` may match. */
export function withinEdits(a: string, b: string, max: number, prefix = false): boolean {
  if (!prefix && Math.abs(a.length - b.length) > max) return false
  if (a.length >= 63 || b.length >= 63) return false
  let prev = rowA
  let cur = rowB
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let best = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      const del = prev[j] + 1
      const ins = cur[j - 1] + 1
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins
      cur[j] = v
      if (v < best) best = v
    }
    if (best > max) return false
    const t = prev
    prev = cur
    cur = t
  }
  if (!prefix) return prev[b.length] <= max
  for (let j = 0; j <= b.length; j++) if (prev[j] <= max) return true
  return false
}
