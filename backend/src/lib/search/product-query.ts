import type { SearchTypes } from "@medusajs/framework/types"
import type { FacetValue, SearchFacets } from "@ocop/shared"
import type { StoreProductSearchParams } from "@ocop/shared"
import { PRODUCT_INDEX } from "./product-document"

const VALUE_FACETS = ["stars", "province", "group", "subgroup", "producer", "in_stock"] as const

type Options = { typoTolerance?: boolean; facets?: boolean }

/** AND across facets, OR within one (`$in`); prices in the shopper's currency. */
function searchFilters(p: StoreProductSearchParams, salesChannelIds: string[] | undefined): SearchTypes.SearchFilters {
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
  return filters
}

// `typo_tolerance` only when the caller decides it per query: Meilisearch
// rejects the option outright (lib/search/product-search.ts says when).
const textOptions = ({ typoTolerance }: Options) => ({
  match_strategy: "last" as const, // the last word is a prefix: results while typing
  ...(typoTolerance === undefined ? {} : { typo_tolerance: typoTolerance }),
})

/**
 * The part of an answer that does not depend on page or sort: the exact total
 * and the facet counts, disjunctive so a shopper still sees the sibling values
 * of a filter they picked. Subgroups are only counted once a group is chosen
 * (that is when the shop offers them).
 */
export function buildSummarySearch(p: StoreProductSearchParams, salesChannelIds: string[] | undefined, options: Options = {}): SearchTypes.SearchQuery {
  const fields = p.group?.length || p.subgroup?.length ? VALUE_FACETS : VALUE_FACETS.filter((f) => f !== "subgroup")
  return {
    entity: PRODUCT_INDEX,
    filters: searchFilters(p, salesChannelIds),
    pagination: { skip: 0, take: 0 },
    search_options: {
      facets:
        options.facets === false
          ? []
          : [...fields.map((field) => ({ field, type: "value" as const, limit: 100 })), { field: `price_${p.currency}`, type: "stats" as const }],
      disjunctive_facets: options.facets !== false,
      count: "exact",
      ...textOptions(options),
    },
  }
}

/** One page of hits in the requested order, without counts. */
export function buildPageSearch(p: StoreProductSearchParams, salesChannelIds: string[] | undefined, options: Options = {}): SearchTypes.SearchQuery {
  const price = `price_${p.currency}`
  const order: Record<string, "ASC" | "DESC"> | undefined = {
    relevance: undefined,
    price_asc: { [price]: "ASC" as const },
    price_desc: { [price]: "DESC" as const },
    stars_desc: { stars: "DESC" as const, created_at: "DESC" as const },
    newest: { created_at: "DESC" as const },
  }[effectiveSort(p)]
  return {
    entity: PRODUCT_INDEX,
    filters: searchFilters(p, salesChannelIds),
    pagination: { skip: (p.page - 1) * p.limit, take: p.limit, ...(order ? { order } : {}) },
    search_options: { count: "none", ...textOptions(options) },
  }
}

/**
 * Typo tolerance is for words that match nothing at all. When the words do
 * match but the shopper's filters leave nothing, "no results" (with facet
 * counts showing where the matches are) is the honest answer.
 */
export function wordsOnly(p: StoreProductSearchParams): StoreProductSearchParams | null {
  const { q, currency, page, limit, sort, ...filters } = p
  const filtered = Object.values(filters).some((v) => v !== undefined && !(Array.isArray(v) && !v.length))
  return filtered ? { q, currency, page, limit } : null
}

/** Relevance needs words to rank by; without them the best-rated come first. */
export function effectiveSort(p: Pick<StoreProductSearchParams, "q" | "sort">) {
  const sort = p.sort ?? "relevance"
  return sort === "relevance" && !p.q ? "stars_desc" : sort
}

export function shapeFacets(facets: SearchTypes.SearchResult["facets"] = {}, currency: string): SearchFacets {
  const values = (field: string): FacetValue[] => {
    const f = facets[field]
    return f?.type === "value" ? f.values.map((v) => ({ value: String(v.value), count: v.count })) : []
  }
  const stars = values("stars").filter((v) => v.value !== "0")
  const atLeast = (n: number) => stars.filter((v) => Number(v.value) >= n).reduce((s, v) => s + v.count, 0)
  const price = facets[`price_${currency}`]
  return {
    stars: ([5, 4, 3] as const).map((n) => ({ value: n, count: values("stars").find((v) => Number(v.value) === n)?.count ?? 0 })),
    stars_at_least: { 3: atLeast(3), 4: atLeast(4), 5: atLeast(5) },
    province: values("province"),
    group: values("group"),
    subgroup: values("subgroup"),
    producer: values("producer"),
    in_stock: values("in_stock").find((v) => v.value === "true")?.count ?? 0,
    price: price?.type === "stats" ? { min: price.min, max: price.max } : null,
  }
}
