import { listCollections } from "../collections/loaders"
import { listFairs } from "../fairs/loaders"
import { searchProducts } from "../search-page/product-search"

/** The home page: curated collections, 5★ products, the next fair. */
export async function loadHome() {
  const [collections, fiveStar, fairs] = await Promise.all([
    listCollections(),
    searchProducts(new URLSearchParams({ stars_min: "5", in_stock: "true", sort: "stars_desc" }), 8),
    listFairs(),
  ])
  const fair = fairs.find((f) => f.status === "current") ?? fairs.find((f) => f.status === "upcoming") ?? null
  return { collections, fiveStar, fair }
}
