import type { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { EXPORT_COUNTRIES } from "./store"

// Two warehouses: products of the North and North Central ship from Hà Nội,
// the rest from TP Hồ Chí Minh.
export const WAREHOUSES = [
  { key: "north", name: "Kho OCOP Hà Nội", city: "Hà Nội", address_1: "489 Hoàng Quốc Việt, Cầu Giấy" },
  { key: "south", name: "Kho OCOP TP Hồ Chí Minh", city: "TP Hồ Chí Minh", address_1: "92 Lê Thánh Tôn, Sài Gòn" },
] as const

export const DELIVERY_PROVIDER = "ocop-delivery_ocop"

const RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

export async function ensureLogistics(container: MedusaContainer, salesChannelId: string, regionIds: { vnd: string; usd: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  // Medusa's migrations normally create the default profile; a bare database may lack it
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  let shippingProfileId = profiles[0]?.id
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfileId = result[0].id
  }

  const locationIds: Record<string, string> = {}
  for (const w of WAREHOUSES) {
    const { data: found } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { name: w.name } })
    if (found.length) {
      locationIds[w.key] = found[0].id
      continue
    }
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: w.name, address: { city: w.city, country_code: "VN", address_1: w.address_1 } }] },
    })
    const locationId = result[0].id
    locationIds[w.key] = locationId
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })

    const set = await fulfillment.createFulfillmentSets({
      name: `${w.name} – giao hàng`,
      type: "shipping",
      service_zones: [
        { name: `Việt Nam (${w.city})`, geo_zones: [{ type: "country", country_code: "vn" }] },
        { name: `Quốc tế (${w.city})`, geo_zones: EXPORT_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    // the Việt Nam zone gets its options from the delivery provider (below); only export is flat
    const worldZone = set.service_zones[1]
    const option = (zoneId: string, name: string, code: string, description: string, currency: "vnd" | "usd", amount: number) => ({
      name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zoneId,
      shipping_profile_id: shippingProfileId,
      type: { label: name, code, description },
      prices: [
        { currency_code: currency, amount },
        { region_id: regionIds[currency], amount },
      ],
      rules: RULES,
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        option(worldZone.id, "International shipping", "international", "7–14 days, tracked", "usd", 25),
      ],
    })
  }
  await ensureDeliveryOptions(container, Object.values(locationIds), shippingProfileId)
  return { shippingProfileId, locationIds }
}

export const DELIVERY_OPTIONS = [
  { code: "home-standard", name: "Giao hàng tiêu chuẩn", description: "2–4 ngày làm việc; phí theo vùng" },
  { code: "home-express", name: "Giao hàng nhanh", description: "1–2 ngày làm việc; phí theo vùng" },
  { code: "pickup", name: "Nhận tại điểm bán OCOP", description: "Miễn phí; nhận ở điểm bán có đủ hàng" },
]

/**
 * The shop's Vietnamese delivery choices, priced by src/modules/ocop-delivery
 * from the address's province. They hang off one warehouse's zone so each is
 * offered once; stock is still reserved wherever it lies. Replaces the flat
 * rates earlier versions of this loader created.
 */
async function ensureDeliveryOptions(container: MedusaContainer, locationIds: string[], shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name", "fulfillment_sets.service_zones.shipping_options.id", "fulfillment_sets.service_zones.shipping_options.provider_id", "fulfillment_sets.service_zones.shipping_options.type.code"],
    filters: { id: locationIds },
  })
  const vnZones = locations.flatMap((l) => l.fulfillment_sets!.flatMap((s) => s!.service_zones)).filter((z) => z!.name.startsWith("Việt Nam"))
  const legacy = vnZones.flatMap((z) => z!.shipping_options ?? []).filter((o) => o!.provider_id === "manual_manual").map((o) => o!.id)
  if (legacy.length) await fulfillment.softDeleteShippingOptions(legacy)
  const locationId = locationIds[0]
  const location = locations.find((l) => l.id === locationId)!
  if (!location.fulfillment_providers?.some((p) => p?.id === DELIVERY_PROVIDER)) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER },
    })
  }
  const zone = location.fulfillment_sets!.flatMap((s) => s!.service_zones).find((z) => z!.name.startsWith("Việt Nam"))!
  const have = new Set((zone.shipping_options ?? []).map((o) => o!.type?.code))
  const missing = DELIVERY_OPTIONS.filter((o) => !have.has(o.code))
  if (!missing.length) return
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((o) => ({
      name: o.name,
      price_type: "calculated" as const,
      provider_id: DELIVERY_PROVIDER,
      service_zone_id: zone.id,
      shipping_profile_id: shippingProfileId,
      type: { label: o.name, code: o.code, description: o.description },
      data: { id: o.code },
      rules: RULES,
    })),
  })
}
