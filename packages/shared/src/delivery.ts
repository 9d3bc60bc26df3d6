// Home-delivery zones and rates (whole đồng). Goods ship from the Hà Nội and
// TP Hồ Chí Minh warehouses, so distance from the nearest one sets the zone.
import { provinceByCode } from "./provinces"

export type DeliveryZone = "metro" | "near" | "far"
export type DeliveryService = "home-standard" | "home-express"

const METRO = new Set(["ha-noi", "ho-chi-minh"])
// the North and the South around the two warehouses; everything else is far
const NEAR = new Set([
  "hai-phong", "cao-bang", "lang-son", "lai-chau", "dien-bien", "son-la", "quang-ninh", "tuyen-quang", "lao-cai",
  "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh",
  "dong-nai", "tay-ninh", "can-tho", "vinh-long", "dong-thap", "ca-mau", "an-giang",
])

export const DELIVERY_RATES: Record<DeliveryService, Record<DeliveryZone, number>> = {
  "home-standard": { metro: 20000, near: 30000, far: 40000 },
  "home-express": { metro: 40000, near: 55000, far: 70000 },
}

export function deliveryZone(provinceCode: string): DeliveryZone | null {
  if (!provinceByCode(provinceCode)) return null
  return METRO.has(provinceCode) ? "metro" : NEAR.has(provinceCode) ? "near" : "far"
}

export function deliveryRate(service: DeliveryService, provinceCode: string): number | null {
  const zone = deliveryZone(provinceCode)
  return zone ? DELIVERY_RATES[service][zone] : null
}
