// Delivery, written once: the warehouses goods ship from, the options a shopper chooses
// (codes, Vietnamese and English words) and what each costs. Change a price here: the
// backend's `ocop-delivery` fulfillment provider prices home delivery from DELIVERY_RATES,
// its setup step (backend/src/modules/ocop-delivery/setup.ts) creates the options and
// warehouses listed here, and the storefront names options in the page's language from
// DELIVERY_OPTIONS.
import { provinceByCode } from "./provinces"

/** Where goods ship from: the North and North Central from Hà Nội, the rest from TP Hồ Chí Minh. */
export const WAREHOUSES = [
  { key: "north", name: "Kho OCOP Hà Nội", province: "ha-noi", city: "Hà Nội", address_1: "489 Hoàng Quốc Việt, Cầu Giấy" },
  { key: "south", name: "Kho OCOP TP Hồ Chí Minh", province: "ho-chi-minh", city: "TP Hồ Chí Minh", address_1: "92 Lê Thánh Tôn, Sài Gòn" },
] as const

export type DeliveryZone = "metro" | "near" | "far"
export type DeliveryService = "home-standard" | "home-express"

// the provinces around the two warehouses (North and South); everything else is far
const NEAR = new Set([
  "hai-phong", "cao-bang", "lang-son", "lai-chau", "dien-bien", "son-la", "quang-ninh", "tuyen-quang", "lao-cai",
  "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh",
  "dong-nai", "tay-ninh", "can-tho", "vinh-long", "dong-thap", "ca-mau", "an-giang",
])

/** Home delivery in whole đồng by service and zone (distance from the nearest warehouse). */
export const DELIVERY_RATES: Record<DeliveryService, Record<DeliveryZone, number>> = {
  "home-standard": { metro: 20000, near: 30000, far: 40000 },
  "home-express": { metro: 40000, near: 55000, far: 70000 },
}

export function deliveryZone(provinceCode: string): DeliveryZone | null {
  if (!provinceByCode(provinceCode)) return null
  if (WAREHOUSES.some((w) => w.province === provinceCode)) return "metro"
  return NEAR.has(provinceCode) ? "near" : "far"
}

export function deliveryRate(service: DeliveryService, provinceCode: string): number | null {
  const zone = deliveryZone(provinceCode)
  return zone ? DELIVERY_RATES[service][zone] : null
}

type Words = { name: string; description: string }

/**
 * The shop's choices in Việt Nam, priced by the `ocop-delivery` provider: home delivery by
 * zone, pickup free at an OCOP sales point. `vi` is what the backend stores (the admin and
 * Medusa's emails show it); the storefront shows the page's language.
 */
export const DELIVERY_OPTIONS = [
  {
    code: "home-standard",
    vi: { name: "Giao hàng tiêu chuẩn", description: "2–4 ngày làm việc; phí theo vùng" },
    en: { name: "Standard delivery", description: "2–4 working days; fee by region" },
  },
  {
    code: "home-express",
    vi: { name: "Giao hàng nhanh", description: "1–2 ngày làm việc; phí theo vùng" },
    en: { name: "Express delivery", description: "1–2 working days; fee by region" },
  },
  {
    code: "pickup",
    vi: { name: "Nhận tại điểm bán OCOP", description: "Miễn phí; nhận ở điểm bán có đủ hàng" },
    en: { name: "Pick up at an OCOP sales point", description: "Free; collect at a sales point that has everything in stock" },
  },
] as const satisfies readonly { code: string; vi: Words; en: Words }[]

export type DeliveryOptionCode = (typeof DELIVERY_OPTIONS)[number]["code"]
export const DELIVERY_OPTION_CODES: readonly DeliveryOptionCode[] = DELIVERY_OPTIONS.map((o) => o.code)

/**
 * A delivery option's name and description in `locale`, by its type code; an option the
 * shop has no words for (one staff added in the admin) keeps the backend's.
 */
export function deliveryOptionText(
  locale: "vi" | "en",
  option: { code: string; name: string; description?: string | null }
): Words {
  const known = DELIVERY_OPTIONS.find((o) => o.code === option.code)
  return known ? { ...known[locale] } : { name: option.name, description: option.description ?? "" }
}

/** Countries the shop ships to abroad (the export region's), flat-priced in US dollars. */
export const EXPORT_COUNTRIES = ["us", "gb", "de", "fr", "cz", "jp", "kr", "au", "sg"]
export const INTERNATIONAL_SHIPPING = {
  code: "international",
  name: "International shipping",
  description: "7–14 days, tracked",
  currency_code: "usd",
  amount: 25,
} as const
