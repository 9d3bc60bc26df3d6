// A small in-process cache of search responses. Every event that changes the
// product index bumps the generation, so an answer is never reused across a
// change this process has heard of; the TTL bounds what it cannot hear of
// (changes made through another instance).
export class SearchResultCache<T> {
  private entries = new Map<string, { at: number; generation: number; value: T }>()
  private generation = 0

  constructor(
    private readonly ttlMs = Number(process.env.OCOP_SEARCH_CACHE_TTL_MS ?? 30_000),
    private readonly maxEntries = 1_000
  ) {}

  get enabled() {
    return this.ttlMs > 0
  }

  get(key: string): T | undefined {
    const e = this.entries.get(key)
    if (!e) return undefined
    if (e.generation !== this.generation || Date.now() - e.at > this.ttlMs) {
      this.entries.delete(key)
      return undefined
    }
    return e.value
  }

  set(key: string, value: T) {
    if (!this.enabled) return
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { at: Date.now(), generation: this.generation, value })
  }

  invalidate() {
    this.generation++
    this.entries.clear()
  }

  /**
   * For an event that also updates the index: the index takes the event in
   * parallel, so an answer computed meanwhile may still be the old one. A second
   * invalidation once ingestion has had time to finish drops that too.
   */
  invalidateAround(settleMs = 2_000) {
    this.invalidate()
    setTimeout(() => this.invalidate(), settleMs).unref()
  }
}

export const productSearchCache = new SearchResultCache<unknown>()
