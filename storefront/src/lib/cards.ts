import type { SearchHit } from "./search"

/** Backend routes (sales points, fairs) return cards in the search-hit shape. */
export type ProductCardData = Pick<
  SearchHit,
  "id" | "handle" | "title" | "thumbnail" | "stars" | "province" | "group" | "subgroup" | "producer_name" | "in_stock" | "price_vnd"
> & { producer: string }
