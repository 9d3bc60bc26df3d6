import type { HttpTypes } from "@medusajs/types"
import { sdk } from "./medusa"

let cached: { at: number; regions: HttpTypes.StoreRegion[] } | undefined
const TTL_MS = 5 * 60 * 1000

/** The Việt Nam (VND) region: shop prices are in đồng for both languages. */
export async function shopRegion(): Promise<HttpTypes.StoreRegion> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const { regions } = await sdk.store.region.list({ fields: "id,name,currency_code" })
    cached = { at: Date.now(), regions }
  }
  const region = cached.regions.find((r) => r.currency_code === "vnd") ?? cached.regions[0]
  if (!region) throw new Error("The backend has no region: run the seed (npm run seed)")
  return region
}
