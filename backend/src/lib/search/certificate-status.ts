import type { SearchTypes } from "@medusajs/framework/types"
import { dayNumber, PRODUCT_INDEX } from "./product-document"
import { vietnamToday } from "@ocop/shared"

/** Products the index still shows with stars although their certificate has expired. */
export async function findProductsWithLapsedStars(
  search: { search: (q: SearchTypes.SearchQuery) => Promise<SearchTypes.SearchResult> },
  today = vietnamToday()
): Promise<string[]> {
  const ids: string[] = []
  const take = 100
  for (let skip = 0; ; skip += take) {
    const { hits } = await search.search({
      entity: PRODUCT_INDEX,
      filters: { stars: { $gt: 0 }, certificate_expires_on: { $gt: 0, $lt: dayNumber(today) } },
      pagination: { skip, take },
    })
    ids.push(...hits.map((h) => h.id))
    if (hits.length < take) return ids
  }
}
