import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ProductSearchResponse } from "@ocop/shared"
import { buildPageSearch, buildSummarySearch, effectiveSort, shapeFacets, wordsOnly } from "../../../lib/search/product-query"
import { cachedSearch } from "../../../lib/search/result-cache"
import { toCard } from "../../../lib/store/product-cards"
import type { StoreProductSearchParams } from "./validators"

// GET /store/product-search — the shop's one search endpoint: hits, facet
// counts, total, pagination and sort. Exact (accent-insensitive, prefix)
// matching first; only when that finds nothing, typo-tolerant matching.
// The total and facets are computed once per search and shared by all its
// pages and sorts; both parts are cached (lib/search/result-cache.ts).
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreProductSearchParams
  const search = req.scope.resolve(Modules.SEARCH)
  const channels: string[] | undefined = req.publishable_key_context?.sales_channel_ids
  const { page, limit, sort, ...searchOnly } = params
  const summaryKey = `ocop:search:summary:${JSON.stringify([searchOnly, channels])}`
  const pageKey = (typo: boolean) => `ocop:search:page:${JSON.stringify([params, channels, typo])}`

  const summary = () =>
    cachedSearch(req.scope, summaryKey, async () => {
      let result = await search.search(buildSummarySearch(params, channels))
      let typo = false
      if (params.q && !result.metadata.count) {
        const bare = wordsOnly(params)
        const wordsMatch = bare && (await search.search(buildSummarySearch(bare, channels, { facets: false }))).metadata.count
        typo = !wordsMatch
      }
      if (typo) result = await search.search(buildSummarySearch(params, channels, { typoTolerance: true }))
      return { total: result.metadata.count ?? 0, typo, facets: shapeFacets(result.facets, params.currency) }
    })
  const hits = (typo: boolean) =>
    cachedSearch(req.scope, pageKey(typo), async () => {
      const result = await search.search(buildPageSearch(params, channels, { typoTolerance: typo }))
      return { hits: result.hits.map((h) => toCard(h.document)) }
    })

  // the exact page is fetched alongside the summary; a typo-tolerant one only when the summary says so
  const [s, exact] = await Promise.all([summary(), hits(false)])
  const h = s.value.typo ? await hits(true) : exact
  res.setHeader("x-search-cache", s.hit && h.hit ? "hit" : "miss")
  const body: ProductSearchResponse = {
    hits: h.value.hits,
    total: s.value.total,
    page,
    limit,
    pages: Math.ceil(s.value.total / limit),
    sort: effectiveSort(params),
    typo_tolerant: s.value.typo,
    facets: s.value.facets,
  }
  res.json(body)
}
