import { createRequire } from "module"
import { dirname, join } from "path"
import "@medusajs/framework/modules-sdk" // registers the global that index definitions register on
import type { SearchTypes } from "@medusajs/framework/types"
import productIndex from "../../../search/product"
import { StoreProductSearchSchema, type StoreProductSearchParams } from "@ocop/shared"
import { searchProducts } from "../product-search"

// No Meilisearch server runs here, so every query the search route makes is
// built by the plugin's own query builder (planSearch, what its provider runs
// before calling Meilisearch): a query it rejects throws here as it would in
// production. The Search Module's own steps run first, as in production: it
// normalises each query and splits a disjunctive one into a base query and one
// relaxed query per filtered facet.
// the plugin exports neither its query builder nor its settings planner: loaded by path inside the package
const load = createRequire(__filename)
const pluginDir = dirname(require.resolve("@rokmohar/medusa-plugin-meilisearch/package.json"))
const meili = join(pluginDir, ".medusa/server/src/providers/meilisearch")
const { planSearch } = load(join(meili, "utils/query.js"))
const { buildIndexPlan } = load(join(meili, "utils/settings.js"))
const { MEILISEARCH_PROVIDER_IDENTIFIER } = load(join(meili, "types.js"))
const searchModule = dirname(require.resolve("@medusajs/search", { paths: [dirname(require.resolve("@medusajs/medusa/package.json"))] }))
const { normalizeSearchQuery, buildDisjunctiveFacetQueries, validateFieldUsage, resolveIndexDefinitions } = load(join(searchModule, "utils/index.js"))

const index = resolveIndexDefinitions({ definitions: [productIndex], default_provider: MEILISEARCH_PROVIDER_IDENTIFIER }).get("product")
const providerOptions = { config: { host: "http://127.0.0.1:7700" } }
const emptyAnswer = { hits: [], totalHits: 0, estimatedTotalHits: 0, facetDistribution: {}, facetStats: {}, processingTimeMs: 0 }

/** The Search Module in front of the Meilisearch provider's query builder; answers "nothing found". */
function meilisearchModule() {
  const planned: Record<string, unknown>[] = []
  const plan = (input: SearchTypes.ProviderSearchQuery) => {
    const built = planSearch(input, buildIndexPlan(input.index, providerOptions))
    planned.push(...built.queries)
    return built.assemble(built.queries.map(() => emptyAnswer), built.facetSearches.map(() => ({ facetHits: [] })))
  }
  return {
    planned,
    getIndex: () => index,
    async search(query: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult> {
      const normalized = normalizeSearchQuery({ query, index })
      validateFieldUsage({ index, query: normalized })
      if (!normalized.search_options?.disjunctive_facets) return plan(normalized)
      const { base, per_facet } = buildDisjunctiveFacetQueries(normalized)
      const result = plan(base)
      for (const relaxed of per_facet.values()) plan(relaxed)
      return result
    },
  }
}

// Every kind of parameter the route takes, each sort, both currencies, with and without words.
const QUERIES = [
  "",
  "q=mật ong",
  "q=mien dog",
  "q=chè&group=food&subgroup=tea&province=thai-nguyen,ha-noi",
  "stars_min=4&in_stock=true&price_min=10000&price_max=200000&sort=price_asc",
  "q=nuoc mam&sort=price_desc&currency=usd&price_max=20",
  "producer=htx-mat-ong-bac-ha-meo-vac&sort=stars_desc&page=2&limit=12",
  "collection=qua-tet&sort=newest",
  "q=cà phê&stars_min=5&province=dak-lak&group=food&in_stock=false&sort=relevance",
]

describe("the search route's queries on Meilisearch", () => {
  it.each(QUERIES)("are all accepted by the plugin's query builder: %s", async (query) => {
    const params = StoreProductSearchSchema.parse(Object.fromEntries(new URLSearchParams(query))) as StoreProductSearchParams
    const module = meilisearchModule()
    const { body } = await searchProducts(module, params, ["sc_1"], undefined)
    expect(body.total).toBe(0)
    // the summary (with its exact count and relaxed facet queries) and one page were built
    expect(module.planned.length).toBeGreaterThanOrEqual(2)
    for (const q of module.planned) expect(q).toMatchObject({ indexUid: "product", filter: expect.stringContaining("status") })
  })

  it("puts the shopper's filters and sort into the engine's query", async () => {
    const params = StoreProductSearchSchema.parse({ q: "chè", province: "thai-nguyen,ha-noi", sort: "price_asc" })
    const module = meilisearchModule()
    await searchProducts(module, params, ["sc_1"])
    const page = module.planned.find((q) => q.sort)
    expect(page).toMatchObject({ q: "chè", sort: ["price_vnd:asc"], matchingStrategy: "last" })
    expect(page!.filter).toEqual(expect.stringContaining("thai-nguyen"))
  })

  it("gives Meilisearch the shop's synonyms as its index setting", () => {
    const { settings } = buildIndexPlan(index, providerOptions)
    expect(settings.synonyms).toMatchObject({ cafe: ["cà phê"], "trà": ["chè"], "chè": ["trà"] })
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 } })
  })

  it("would fail on the option the plugin rejects (the builder under test is the strict one)", () => {
    const query = normalizeSearchQuery({ query: { entity: "product", search_options: { typo_tolerance: false } }, index })
    expect(() => planSearch(query, buildIndexPlan(index, providerOptions))).toThrow(/typo tolerance per index/)
  })
})
