import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { meilisearchSynonyms } from "../lib/search/synonyms"
import { PRODUCT_INDEX, PRODUCT_INDEX_EVENTS, PRODUCT_SOURCE_FIELDS, resolveProductIds, toProductDocuments } from "../lib/search/product-document"

// The OCOP product index: one document per product, built by
// `toProductDocuments`. Served by Medusa's PostgreSQL provider, the shop's own
// (modules/ocop-search) or Meilisearch, as medusa-config.ts picks.
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  producer_name: search.text().searchable({ weight: 2 }),
  legacy_province: search.text().searchable({ weight: 2 }),
  province_name: search.text().searchable({ weight: 1 }),
  // shown, not searched: a description's passing mention ("uống với chè", "hợp pha cà phê")
  // matched products the shopper did not mean, and tripled the words to look through
  description: search.text(),
  // the same words without diacritics, so trigram typo matching works on what people type
  folded: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  stars: search.integer().filterable().facetable({ types: ["value"] }).sortable(),
  province: search.keyword().filterable().facetable(),
  group: search.keyword().filterable().facetable(),
  subgroup: search.keyword().filterable().facetable(),
  producer: search.keyword().filterable().facetable(),
  // staff-curated collection (its handle): collection pages list through search
  collection: search.keyword().filterable(),
  in_stock: search.boolean().filterable().facetable(),
  price_vnd: search.integer().filterable().sortable().facetable({ types: ["stats", "range"] }),
  price_usd: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
  // yyyymmdd as a number: range filters work the same on every provider
  certificate_expires_on: search.integer().filterable(),
  created_at: search.date().sortable(),
})

export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: productSearchFields,
  settings: {
    // Vietnamese syllables are short: one typo from 3 letters ("dog" → "dong"), two from 8
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 3, min_word_size_for_two_typos: 8 },
    // the shop's synonyms reach Meilisearch as its own setting; the OCOP provider reads them itself
    provider_options: { meilisearch: { synonyms: meilisearchSynonyms() } },
  },
  events: PRODUCT_INDEX_EVENTS,
  consume: graphConsume({ fields: PRODUCT_SOURCE_FIELDS, transform: toProductDocuments, resolve_ids: resolveProductIds }),
  seed: graphSeed({ fields: PRODUCT_SOURCE_FIELDS, transform: toProductDocuments, batch_size: 200 }),
})
