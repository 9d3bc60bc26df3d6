import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_INDEX_EVENTS } from "../lib/search/product-document"
import { productSearchCache } from "../lib/search/result-cache"

// Whatever changes the product index also empties the search response cache.
export default async function searchCacheInvalidation(_: SubscriberArgs) {
  productSearchCache.invalidateAround()
}

export const config: SubscriberConfig = { event: PRODUCT_INDEX_EVENTS }
