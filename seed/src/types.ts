import type { ProducerType, SalesPointType } from "@ocop/shared"

/** [title, subgroup code, stars, price in đồng, unit sold, what makes it special] */
export type ProductRow = [string, string, 3 | 4 | 5, number, string, string]

export interface ProducerRow {
  name: string
  type: ProducerType
  province: string
  /** the former province name where the producer sat before the 2025 merger */
  legacy?: string
  ward: string
  address: string
  phone: string
  story: string
  certifications?: string[]
  products: ProductRow[]
}

export interface SalesPointRow {
  name: string
  type: SalesPointType
  province: string
  ward: string
  address: string
  lat: number
  lng: number
  hours: string
  phone: string
  /** product groups it stocks; the loader links products of these groups from nearby producers */
  groups: string[]
}

export interface FairRow {
  name: string
  /** days from the day the catalogue is loaded: negative = past */
  startOffset: number
  days: number
  venue: string
  address: string
  province: string
  lat: number
  lng: number
  organiser: string
  booths: number
  description: string
  /** provinces whose producers exhibit */
  exhibitorProvinces: string[]
}
