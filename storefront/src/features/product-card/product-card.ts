import type { ProductCard } from "@ocop/shared"

/** What a product card component reads of the backend's cards (search, sales points, fairs). */
export type ProductCardData = Pick<
  ProductCard,
  "id" | "handle" | "title" | "thumbnail" | "stars" | "province" | "group" | "subgroup" | "producer" | "producer_name" | "in_stock" | "price_vnd"
>
