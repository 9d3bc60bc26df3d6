import type { SearchTypes } from "@medusajs/framework/types"
import type { ProductCard, ProductSearchResponse } from "@ocop/shared"
import type { StoreProductSearchParams } from "@ocop/shared"
import { toCard } from "../store/product-cards"
import { PRODUCT_INDEX } from "./product-document"
import { buildPageSearch, buildSummarySearch, effectiveSort, shapeFacets, wordsOnly } from "./product-query"

type Search = {
  search(q: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult>
  getIndex(name: string): { provider: string }
}
/** `cachedSearch` bound to a request scope (lib/search/result-cache.ts), or no cache at all. */
export type Memo = <T extends object>(key: string, compute: () => Promise<T>) => Promise<{ value: T; hit: boolean }>
const noMemo: Memo = async (_key, compute) => ({ value: await compute(), hit: false })

// Meilisearch sets typo tolerance per index (settings.typo_tolerance) and its
// provider rejects any query that names `search_options.typo_tolerance`, even
// `false`: its queries never carry the option, and its matching is always the
// index's (typo-tolerant) one.
const TYPO_PER_INDEX = new Set(["meilisearch"])

/** Whether the product index's provider takes `typo_tolerance` per query. */
export const typoPerQuery = (search: Search) => !TYPO_PER_INDEX.has(search.getIndex(PRODUCT_INDEX).provider)

type Summary = { total: number; typo: boolean; facets: ProductSearchResponse["facets"] }

/**
 * The shop's search policy, in one place: exact (accent-insensitive, prefix)
 * matching first; typo-tolerant matching only when the words themselves match
 * nothing. When the words match but the shopper's filters leave nothing, "no
 * results" (with facet counts showing where the matches are) is the honest
 * answer, so typos are not guessed at then.
 *
 * The total and facets are computed once per search (`summary`) and shared by
 * all its pages and sorts; both parts go through `memo`.
 */
export async function searchProducts(
  search: Search,
  params: StoreProductSearchParams,
  channels: string[] | undefined,
  memo: Memo = noMemo
): Promise<{ body: ProductSearchResponse; cached: boolean }> {
  const perQuery = typoPerQuery(search)
  const { page, limit, sort, ...searchOnly } = params
  const summaryKey = `ocop:search:summary:${JSON.stringify([searchOnly, channels])}`
  const pageKey = (typo: boolean) => `ocop:search:page:${JSON.stringify([params, channels, typo])}`
  const typoOption = (typo: boolean) => (perQuery ? { typoTolerance: typo } : {})

  const summary = () =>
    memo<Summary>(summaryKey, async () => {
      let result = await search.search(buildSummarySearch(params, channels, typoOption(false)))
      let typo = false
      if (perQuery && params.q && !result.metadata.count) {
        const bare = wordsOnly(params)
        const wordsMatch = bare && (await search.search(buildSummarySearch(bare, channels, { facets: false, typoTolerance: false }))).metadata.count
        typo = !wordsMatch
      }
      if (typo) result = await search.search(buildSummarySearch(params, channels, { typoTolerance: true }))
      return { total: result.metadata.count ?? 0, typo, facets: shapeFacets(result.facets, params.currency) }
    })
  const hits = (typo: boolean) =>
    memo<{ hits: ProductCard[] }>(pageKey(typo), async () => {
      const result = await search.search(buildPageSearch(params, channels, typoOption(typo)))
      return { hits: result.hits.map((h) => toCard(h.document)) }
    })

  // the exact page is fetched alongside the summary; a typo-tolerant one only when the summary says so
  const [s, exact] = await Promise.all([summary(), hits(false)])
  const h = s.value.typo ? await hits(true) : exact
  return {
    cached: s.hit && h.hit,
    body: {
      hits: h.value.hits,
      total: s.value.total,
      page,
      limit,
      pages: Math.ceil(s.value.total / limit),
      sort: effectiveSort(params),
      typo_tolerant: s.value.typo,
      facets: s.value.facets,
    },
  }
}
