import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_INDEX_EVENTS } from "../lib/search/product-document"
import { clearSearchCache, versionedIndex } from "../lib/search/result-cache"

// On a provider without index versions (Medusa's PostgreSQL one, Meilisearch), whatever may change the
// product index empties the search answer cache. The OCOP provider needs no
// clearing: its cache keys carry the index version, which only a real change
// of a document moves (lib/search/result-cache.ts).
export default async function searchCacheInvalidation({ container }: SubscriberArgs) {
  if (versionedIndex(container)) return
  await clearSearchCache(container)
}

export const config: SubscriberConfig = { event: PRODUCT_INDEX_EVENTS }
