import type { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DELIVERY_OPTIONS, EXPORT_COUNTRIES, INTERNATIONAL_SHIPPING, WAREHOUSES } from "@ocop/shared"
import { DELIVERY_PROVIDER_ID } from "./provider-id"

// The shop's delivery as Medusa records it, made from @ocop/shared delivery.ts: the two
// warehouses (stock locations), each with a shipping fulfillment set of a Việt Nam zone and
// an export zone; the ocop-delivery options in the Việt Nam zone; flat international
// shipping in the export zones. Run by the migration script `ocop-delivery-setup.ts` (every
// shop, demo or not) and by the demo seed (which adds its own sales channel). Idempotent:
// everything is found by name or type code and only what is missing is created.
// Not loaded by the provider (index.ts): it runs workflows, outside the module.

type WarehouseKey = (typeof WAREHOUSES)[number]["key"]
export interface DeliverySetup {
  shippingProfileId: string
  locationIds: Record<WarehouseKey, string>
}

const VN_ZONE = "Việt Nam"
const RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/** Warehouses and shipping options found or created; each warehouse serves `salesChannelIds` too. */
export async function ensureDeliverySetup(container: MedusaContainer, salesChannelIds: string[]): Promise<DeliverySetup> {
  const shippingProfileId = await ensureDefaultShippingProfile(container)
  const locationIds = {} as Record<WarehouseKey, string>
  for (const w of WAREHOUSES) locationIds[w.key] = await ensureWarehouse(container, w, shippingProfileId)
  await linkSalesChannels(container, Object.values(locationIds), salesChannelIds)
  await ensureDeliveryOptions(container, Object.values(locationIds), shippingProfileId)
  return { shippingProfileId, locationIds }
}

// Medusa's migration scripts normally create the default profile; a bare database may lack it
async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (profiles[0]) return profiles[0].id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

/** A warehouse's stock location, its shipping zones and its flat international option. */
async function ensureWarehouse(container: MedusaContainer, w: (typeof WAREHOUSES)[number], shippingProfileId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: found } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { name: w.name } })
  if (found[0]) return found[0].id

  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: w.name, address: { city: w.city, country_code: "VN", address_1: w.address_1 } }] },
  })
  const locationId = result[0].id
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const set = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: `${w.name} – giao hàng`,
    type: "shipping",
    service_zones: [
      { name: `${VN_ZONE} (${w.city})`, geo_zones: [{ type: "country", country_code: "vn" }] },
      { name: `Quốc tế (${w.city})`, geo_zones: EXPORT_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  // the Việt Nam zone gets its options from the delivery provider (ensureDeliveryOptions); export is flat,
  // priced in its currency (a cart in any region of that currency gets it)
  const s = INTERNATIONAL_SHIPPING
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: s.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[1].id,
        shipping_profile_id: shippingProfileId,
        type: { label: s.name, code: s.code, description: s.description },
        prices: [{ currency_code: s.currency_code, amount: s.amount }],
        rules: RULES,
      },
    ],
  })
  return locationId
}

/** Carts of these sales channels are offered the warehouses' options (and reserve their stock). */
async function linkSalesChannels(container: MedusaContainer, locationIds: string[], salesChannelIds: string[]) {
  if (!salesChannelIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "sales_channels.id"], filters: { id: locationIds } })
  for (const location of locations) {
    const have = new Set((location.sales_channels ?? []).map((c) => c?.id))
    const add = salesChannelIds.filter((id) => !have.has(id))
    if (add.length) await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add } })
  }
}

/**
 * The shop's Vietnamese delivery choices, priced by the ocop-delivery provider from the
 * address's province. They hang off the first warehouse's zone so each is offered once;
 * stock is still reserved wherever it lies. Replaces the flat rates earlier versions of
 * the demo seed created.
 */
async function ensureDeliveryOptions(container: MedusaContainer, locationIds: string[], shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name", "fulfillment_sets.service_zones.shipping_options.id", "fulfillment_sets.service_zones.shipping_options.provider_id", "fulfillment_sets.service_zones.shipping_options.type.code"],
    filters: { id: locationIds },
  })
  const vnZones = locations.flatMap((l) => l.fulfillment_sets!.flatMap((s) => s!.service_zones)).filter((z) => z!.name.startsWith(VN_ZONE))
  const legacy = vnZones.flatMap((z) => z!.shipping_options ?? []).filter((o) => o!.provider_id === "manual_manual").map((o) => o!.id)
  if (legacy.length) await fulfillment.softDeleteShippingOptions(legacy)
  const locationId = locationIds[0]
  const location = locations.find((l) => l.id === locationId)!
  if (!location.fulfillment_providers?.some((p) => p?.id === DELIVERY_PROVIDER_ID)) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
    })
  }
  const zone = location.fulfillment_sets!.flatMap((s) => s!.service_zones).find((z) => z!.name.startsWith(VN_ZONE))!
  const have = new Set((zone.shipping_options ?? []).map((o) => o!.type?.code))
  const missing = DELIVERY_OPTIONS.filter((o) => !have.has(o.code))
  if (!missing.length) return
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((o) => ({
      name: o.vi.name,
      price_type: "calculated" as const,
      provider_id: DELIVERY_PROVIDER_ID,
      service_zone_id: zone.id,
      shipping_profile_id: shippingProfileId,
      type: { label: o.vi.name, code: o.code, description: o.vi.description },
      data: { id: o.code },
      rules: RULES,
    })),
  })
}
