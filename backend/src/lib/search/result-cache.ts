import { Modules } from "@medusajs/framework/utils"
import { OCOP_SEARCH_PROVIDER, searchReplicaVersion } from "../../modules/ocop-search/service"
import { PRODUCT_INDEX } from "./product-document"

// Search answers kept in Medusa's Caching Module: in-process without Redis,
// shared by every instance with it.
//
// On the OCOP provider, a key carries the version of the index this process
// answers from (the last change it applied): a write that changes a document
// moves the version, so later answers are computed afresh, and a stock or
// reservation event that leaves every document as it was moves nothing — the
// cache keeps serving. Old entries simply expire.
//
// On another provider (Medusa's PostgreSQL one, Meilisearch) there is no such version: all entries
// carry one tag, and every index-changing event clears it
// (subscribers/search-cache-invalidation.ts) on every instance — even servers
// that never see the event themselves (MEDUSA_WORKER_MODE=server).
export const SEARCH_CACHE_TAG = "ocop:product-search"

const ttlSeconds = () => Number(process.env.OCOP_SEARCH_CACHE_TTL_MS ?? 600_000) / 1000

// Structural: the module's own types come from two installed copies.
type Caching = {
  get(o: { key: string }): Promise<unknown>
  set(o: { key: string; data: object; tags: string[]; ttl: number }): Promise<void>
  clear(o: { tags: string[] }): Promise<void>
}
type Scope = { resolve(key: string, opts?: { allowUnregistered?: boolean }): unknown }
type SearchModule = { getIndex(name: string): { provider: string } }

/** Whether the product index is served by the OCOP provider (versioned cache keys, no tag clearing). */
export const versionedIndex = (scope: Scope) =>
  (scope.resolve(Modules.SEARCH) as SearchModule).getIndex(PRODUCT_INDEX).provider === OCOP_SEARCH_PROVIDER

/** The key's version part: "" for a provider without versions, null while this process's replica is not loaded yet. */
function keyVersion(scope: Scope): string | null {
  if (!versionedIndex(scope)) return ""
  return searchReplicaVersion() ?? null
}

const caching = (scope: Scope) => scope.resolve(Modules.CACHING, { allowUnregistered: true }) as Caching | undefined

// Identical questions arriving together are computed once (per instance).
const inFlight = new Map<string, Promise<unknown>>()

/** The cached answer for `key`, or `compute()`'s, stored for the next asker. */
export async function cachedSearch<T extends object>(scope: Scope, bareKey: string, compute: () => Promise<T>): Promise<{ value: T; hit: boolean }> {
  const version = keyVersion(scope)
  // before the replica's first load there is no version to key by: computed, not cached
  if (version === null) return { value: await compute(), hit: false }
  const key = version ? `${bareKey}:v${version}` : bareKey
  const cache = ttlSeconds() > 0 ? caching(scope) : undefined
  const stored = cache && ((await cache.get({ key })) as T | null)
  if (stored) return { value: stored, hit: true }
  let pending = inFlight.get(key) as Promise<T> | undefined
  if (!pending) {
    pending = compute().then(async (value) => {
      await cache?.set({ key, data: value, tags: [SEARCH_CACHE_TAG], ttl: ttlSeconds() })
      return value
    })
    inFlight.set(key, pending)
    pending.finally(() => inFlight.delete(key)).catch(() => {})
  }
  return { value: await pending, hit: false }
}

/**
 * Drops every cached answer. The index takes the same event in parallel, so an
 * answer computed meanwhile may still be the old one: a second clear once
 * ingestion has had time to finish drops that too.
 */
export async function clearSearchCache(scope: Scope, settleMs = 2_000) {
  const cache = caching(scope)
  if (!cache) return
  await cache.clear({ tags: [SEARCH_CACHE_TAG] })
  setTimeout(() => cache.clear({ tags: [SEARCH_CACHE_TAG] }).catch(() => {}), settleMs).unref()
}
