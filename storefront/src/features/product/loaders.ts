import type { HttpTypes } from "@medusajs/types"
import type { OcopMetadata } from "@ocop/shared"
import { sdk } from "../../lib/medusa"
import type { Producer } from "../producers/loaders"
import { shopRegion } from "../../lib/regions"
import { searchProducts, type SearchHit } from "../search-page/product-search"

export type OcopProduct = HttpTypes.StoreProduct & {
  metadata: (Partial<OcopMetadata> & { ocop_story?: string }) | null
  producer?: Pick<Producer, "handle" | "name" | "type" | "province" | "story"> | null
}

const FIELDS = [
  "id,title,subtitle,handle,description,thumbnail,+metadata,*images,*variants",
  "*variants.calculated_price,+variants.inventory_quantity",
  "+producer.handle,+producer.name,+producer.type,+producer.province,+producer.story",
].join(",")

/** One published product by handle, priced for the Việt Nam region; null when there is none. */
export async function getProduct(handle: string): Promise<OcopProduct | null> {
  const region = await shopRegion()
  const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: FIELDS, limit: 1 })
  return (products[0] as OcopProduct) ?? null
}

/** Other products of the same subgroup (else group), best rated first. */
export async function relatedProducts(product: OcopProduct, count = 4): Promise<SearchHit[]> {
  const m = product.metadata
  if (!m?.ocop_group) return []
  const params = new URLSearchParams(m.ocop_subgroup ? { subgroup: m.ocop_subgroup } : { group: m.ocop_group })
  const { hits } = await searchProducts(params, count + 1)
  return hits.filter((h) => h.id !== product.id).slice(0, count)
}
