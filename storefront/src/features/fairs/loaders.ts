import type { FairStatus } from "@ocop/shared"
import type { ProductCardData } from "../product-card/product-card"
import type { Producer } from "../producers/loaders"
import { memo } from "../../lib/memo"
import { storeGet } from "../../lib/store-fetch"

export interface Fair {
  id: string
  handle: string
  name: string
  starts_at: string
  ends_at: string
  venue: string
  address: string | null
  province: string
  latitude: number | null
  longitude: number | null
  organiser: string
  booth_count: number | null
  description: string | null
  status: FairStatus
  exhibitor_count?: number
}

export interface FairWithBooths {
  fair: Fair
  exhibitors: { booth: string | null; producer: Producer; products: ProductCardData[] }[]
  product_count: number
}

export function listFairs(status?: FairStatus): Promise<Fair[]> {
  return memo(`fairs:${status ?? ""}`, 60_000, async () => (await storeGet<{ fairs: Fair[] }>("/store/fairs", status ? { status } : {}))?.fairs ?? [])
}

export async function getFair(handle: string): Promise<FairWithBooths | null> {
  return storeGet<FairWithBooths>(`/store/fairs/${encodeURIComponent(handle)}`)
}
