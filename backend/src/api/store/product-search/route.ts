import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { searchProducts } from "../../../lib/search/product-search"
import { cachedSearch } from "../../../lib/search/result-cache"
import type { StoreProductSearchParams } from "./validators"

// GET /store/product-search — the shop's one search endpoint: hits, facet
// counts, total, pagination and sort. The policy (exact first, typo-tolerant
// only when the words match nothing) is lib/search/product-search.ts; answers
// are cached (lib/search/result-cache.ts).
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreProductSearchParams
  const channels: string[] | undefined = req.publishable_key_context?.sales_channel_ids
  const { body, cached } = await searchProducts(req.scope.resolve(Modules.SEARCH), params, channels, (key, compute) =>
    cachedSearch(req.scope, key, compute)
  )
  res.setHeader("x-search-cache", cached ? "hit" : "miss")
  res.json(body)
}
