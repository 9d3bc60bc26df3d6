import type { HttpTypes } from "@medusajs/types"
import type { OcopMetadata } from "@ocop/shared"
import { sdk } from "./medusa"
import { shopRegion } from "./regions"

export type OcopProduct = HttpTypes.StoreProduct & { metadata: (Partial<OcopMetadata> & Record<string, unknown>) | null }

const LIST_FIELDS = "id,title,handle,subtitle,thumbnail,+metadata,*variants.calculated_price"

export async function listProducts(opts: { limit?: number; offset?: number } = {}) {
  const region = await shopRegion()
  const { products, count } = await sdk.store.product.list({
    limit: opts.limit ?? 24,
    offset: opts.offset ?? 0,
    region_id: region.id,
    fields: LIST_FIELDS,
    order: "title",
  })
  return { products: products as OcopProduct[], count, currency: region.currency_code }
}

/** The lowest price a shopper can pay for the product (its cheapest variant). */
export function fromPrice(product: HttpTypes.StoreProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}
