import { SEARCH_PAGE_PARAMS, type ProductCard, type ProductSearchResponse } from "@ocop/shared"
import { sdk } from "../../lib/medusa"

/** A search hit, as the backend sends it. */
export type SearchHit = ProductCard
export type SearchResponse = ProductSearchResponse

/**
 * The search page's state from its URL: the parameters of the shared search
 * schema (@ocop/shared search-params.ts), passed on to the backend as they
 * are — the backend validates them with that schema.
 */
export function searchParamsFromUrl(url: URL): URLSearchParams {
  const out = new URLSearchParams()
  for (const key of SEARCH_PAGE_PARAMS) for (const v of url.searchParams.getAll(key)) if (v !== "") out.append(key, v)
  return out
}

export class SearchInputError extends Error {}

export async function searchProducts(params: URLSearchParams, limit = 24): Promise<SearchResponse> {
  const query: Record<string, string | string[]> = { limit: String(limit) }
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    query[key] = all.length > 1 ? all : all[0]
  }
  try {
    return await sdk.client.fetch<SearchResponse>("/store/product-search", { query })
  } catch (e) {
    const err = e as { status?: number; message?: string }
    if (err.status === 400) throw new SearchInputError(err.message)
    throw e
  }
}

/** Products of a listing page (a producer's, a collection's), paged by `?page=`; a refused page falls back to the first. */
export async function listingProducts(filter: Record<string, string>, url: URL, limit = 24): Promise<SearchResponse> {
  const params = new URLSearchParams({ ...filter, sort: "stars_desc" })
  const page = url.searchParams.get("page")
  try {
    return await searchProducts(page ? new URLSearchParams([...params, ["page", page]]) : params, limit)
  } catch (e) {
    if (e instanceof SearchInputError) return searchProducts(params, limit)
    throw e
  }
}

/** Handles of every published product, for the sitemap (the index pages through them 100 at a time). */
export async function allProductHandles(): Promise<string[]> {
  const first = await searchProducts(new URLSearchParams({ sort: "newest" }), 100)
  const rest = await Promise.all(
    Array.from({ length: Math.min(first.pages, 1000) - 1 }, (_, i) => searchProducts(new URLSearchParams({ sort: "newest", page: String(i + 2) }), 100))
  )
  return [first, ...rest].flatMap((r) => r.hits.map((h) => h.handle))
}
