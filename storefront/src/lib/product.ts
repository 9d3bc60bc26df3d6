import type { HttpTypes } from "@medusajs/types"
import type { OcopMetadata } from "@ocop/shared"
import { sdk } from "./medusa"
import { shopRegion } from "./regions"

export type OcopProduct = HttpTypes.StoreProduct & {
  metadata: (Partial<OcopMetadata> & { ocop_story?: string }) | null
}

const FIELDS = "id,title,subtitle,handle,description,thumbnail,+metadata,*images,*variants,*variants.calculated_price,+variants.inventory_quantity"

/** One published product by handle, priced for the Việt Nam region; null when there is none. */
export async function getProduct(handle: string): Promise<OcopProduct | null> {
  const region = await shopRegion()
  const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: FIELDS, limit: 1 })
  return (products[0] as OcopProduct) ?? null
}
