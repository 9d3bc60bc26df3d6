import type { StarLevel } from "./metadata"

// The contract of the shop's product lists, written once for the backend that
// answers and the storefront that reads: GET /store/product-search and the
// product cards of fairs and sales points.

/** One product as every list shows it. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string
  /** public stars; 0 while the certificate is unverified, expired or revoked */
  stars: number
  province: string
  province_name: string
  legacy_province: string
  group: string
  subgroup: string
  /** the producer's handle */
  producer: string
  producer_name: string
  collection: string
  in_stock: boolean
  /** lowest price, whole đồng (0: none) */
  price_vnd: number
  /** lowest price in cents (0: none) */
  price_usd: number
  /** yyyymmdd, 0 without a certificate */
  certificate_expires_on: number
  created_at: string
}

export type FacetValue = { value: string; count: number }

/** Each facet counted as if its own filter were off. */
export interface SearchFacets {
  stars: { value: StarLevel; count: number }[]
  stars_at_least: Record<StarLevel, number>
  province: FacetValue[]
  group: FacetValue[]
  subgroup: FacetValue[]
  producer: FacetValue[]
  in_stock: number
  price: { min: number; max: number } | null
}

export interface ProductSearchResponse {
  hits: ProductCard[]
  total: number
  page: number
  limit: number
  pages: number
  sort: string
  typo_tolerant: boolean
  facets: SearchFacets
}
