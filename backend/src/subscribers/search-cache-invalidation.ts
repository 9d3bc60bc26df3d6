import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_INDEX_EVENTS } from "../lib/search/product-document"
import { clearSearchCache } from "../lib/search/result-cache"

// Whatever changes the product index also empties the search answer cache.
export default async function searchCacheInvalidation({ container }: SubscriberArgs) {
  await clearSearchCache(container)
}

export const config: SubscriberConfig = { event: PRODUCT_INDEX_EVENTS }
