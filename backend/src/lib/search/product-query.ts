import type { SearchTypes } from "@medusajs/framework/types"
import type { StoreProductSearchParams } from "../../api/store/product-search/validators"
import { PRODUCT_INDEX } from "./product-document"

const VALUE_FACETS = ["stars", "province", "group", "subgroup", "producer", "in_stock"] as const

/**
 * Turns validated shop parameters into a Search Module query: AND across
 * facets, OR within one (`$in`), and disjunctive facet counts so a shopper
 * still sees the sibling values of a filter they picked.
 */
export function buildProductSearch(
  p: StoreProductSearchParams,
  salesChannelIds: string[] | undefined,
  { typoTolerance = false } = {}
): SearchTypes.SearchQuery {
  const price = `price_${p.currency}`
  const filters: SearchTypes.SearchFilters = { status: "published" }
  if (salesChannelIds?.length) filters.sales_channel_ids = { $overlaps: salesChannelIds }
  if (p.q) filters.q = p.q
  if (p.stars_min) filters.stars = { $gte: p.stars_min }
  for (const field of ["province", "group", "subgroup", "producer"] as const) {
    if (p[field]?.length) filters[field] = { $in: p[field]! }
  }
  if (p.in_stock !== undefined) filters.in_stock = p.in_stock
  if (p.collection) filters.collection = p.collection
  if (p.price_min !== undefined || p.price_max !== undefined) {
    filters[price] = {
      ...(p.price_min !== undefined ? { $gte: p.price_min } : {}),
      ...(p.price_max !== undefined ? { $lte: p.price_max } : {}),
    }
  }

  const sort = effectiveSort(p)
  const order: Record<string, "ASC" | "DESC"> | undefined = {
    relevance: undefined,
    price_asc: { [price]: "ASC" as const },
    price_desc: { [price]: "DESC" as const },
    stars_desc: { stars: "DESC" as const, created_at: "DESC" as const },
    newest: { created_at: "DESC" as const },
  }[sort]

  return {
    entity: PRODUCT_INDEX,
    filters,
    pagination: { skip: (p.page - 1) * p.limit, take: p.limit, ...(order ? { order } : {}) },
    search_options: {
      facets: [
        ...VALUE_FACETS.map((field) => ({ field, type: "value" as const, limit: 100 })),
        { field: price, type: "stats" as const },
      ],
      disjunctive_facets: true,
      match_strategy: "last", // the last word is a prefix: results while typing
      typo_tolerance: typoTolerance,
      count: "exact",
    },
  }
}

/** Relevance needs words to rank by; without them the best-rated come first. */
export function effectiveSort(p: Pick<StoreProductSearchParams, "q" | "sort">) {
  const sort = p.sort ?? "relevance"
  return sort === "relevance" && !p.q ? "stars_desc" : sort
}

type FacetValue = { value: string; count: number }

export function shapeFacets(facets: SearchTypes.SearchResult["facets"] = {}, currency: string) {
  const values = (field: string): FacetValue[] => {
    const f = facets[field]
    return f?.type === "value" ? f.values.map((v) => ({ value: String(v.value), count: v.count })) : []
  }
  const stars = values("stars").filter((v) => v.value !== "0")
  const atLeast = (n: number) => stars.filter((v) => Number(v.value) >= n).reduce((s, v) => s + v.count, 0)
  const price = facets[`price_${currency}`]
  return {
    stars: [5, 4, 3].map((n) => ({ value: n, count: values("stars").find((v) => Number(v.value) === n)?.count ?? 0 })),
    stars_at_least: { 3: atLeast(3), 4: atLeast(4), 5: atLeast(5) },
    province: values("province"),
    group: values("group"),
    subgroup: values("subgroup"),
    producer: values("producer"),
    in_stock: values("in_stock").find((v) => v.value === "true")?.count ?? 0,
    price: price?.type === "stats" ? { min: price.min, max: price.max } : null,
  }
}
