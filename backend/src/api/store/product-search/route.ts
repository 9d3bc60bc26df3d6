import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { buildProductSearch, effectiveSort, shapeFacets } from "../../../lib/search/product-query"
import { productSearchCache } from "../../../lib/search/result-cache"
import type { StoreProductSearchParams } from "./validators"

// GET /store/product-search — the shop's one search endpoint: hits, facet
// counts, total, pagination and sort. Exact (accent-insensitive, prefix)
// matching first; only when that finds nothing, typo-tolerant matching.
// Answers are cached briefly in-process (lib/search/result-cache.ts).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreProductSearchParams
  const search = req.scope.resolve(Modules.SEARCH)
  const channels = (req as any).publishable_key_context?.sales_channel_ids as string[] | undefined
  const key = JSON.stringify([params, channels])
  const cached = productSearchCache.get(key)
  res.setHeader("x-search-cache", cached ? "hit" : "miss")
  if (cached) return res.json(cached)

  let result = await search.search(buildProductSearch(params, channels))
  let typo = false
  if (params.q && !result.metadata.count) {
    result = await search.search(buildProductSearch(params, channels, { typoTolerance: true }))
    typo = true
  }
  const total = result.metadata.count ?? result.hits.length
  const body = {
    hits: result.hits.map((h) => h.document),
    total,
    page: params.page,
    limit: params.limit,
    pages: Math.ceil(total / params.limit),
    sort: effectiveSort(params),
    typo_tolerant: typo,
    facets: shapeFacets(result.facets, params.currency),
  }
  productSearchCache.set(key, body)
  res.json(body)
}
