import type { SalesPointType } from "@ocop/shared"
import type { ProductCardData } from "../product-card/product-card"
import { storeGet } from "../../lib/store-fetch"

export interface SalesPoint {
  id: string
  handle: string
  name: string
  type: SalesPointType
  province: string
  ward: string | null
  address: string
  latitude: number
  longitude: number
  opening_hours: string | null
  phone: string | null
  description: string | null
  product_count?: number
  distance_km?: number | null
}

export interface SalesPointFilters {
  province?: string
  type?: string
  lat?: string
  lng?: string
  /** comma-separated product ids: only points stocking all of them */
  product_id?: string
}

/** Reads the list filters from the page URL; unknown values are left to the backend to refuse. */
export function salesPointFilters(url: URL): SalesPointFilters {
  const pick = (k: string) => url.searchParams.get(k) || undefined
  return { province: pick("province"), type: pick("type"), lat: pick("lat"), lng: pick("lng") }
}

export async function listSalesPoints(filters: SalesPointFilters = {}): Promise<SalesPoint[]> {
  return (await storeGet<{ sales_points: SalesPoint[] }>("/store/sales-points", { ...filters }))?.sales_points ?? []
}

export async function getSalesPoint(handle: string) {
  return storeGet<{ sales_point: SalesPoint; products: ProductCardData[] }>(`/store/sales-points/${encodeURIComponent(handle)}`)
}

/** The sales-point list page: filters from the URL; a refused filter shows every point with the reason. */
export async function loadSalesPointsPage(url: URL) {
  const filters = salesPointFilters(url)
  try {
    return { filters, points: await listSalesPoints(filters), error: null as string | null }
  } catch (e) {
    const err = e as { status?: number; message?: string }
    if (err.status !== 400) throw e
    return { filters, points: await listSalesPoints(), error: err.message ?? "" }
  }
}
