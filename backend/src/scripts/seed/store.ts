import type { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  updateRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { EXPORT_COUNTRIES } from "@ocop/shared"

export const SALES_CHANNEL_NAME = "OCOP Market"
export const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"
export const VN_REGION = "Việt Nam"
export const EXPORT_REGION = "Quốc tế (xuất khẩu)"

export interface StoreSetup {
  salesChannelId: string
  publishableKey: string
  regionIds: { vnd: string; usd: string }
}

/** Store, sales channel, publishable key, the VND and USD regions: each found or created. */
export async function ensureStore(container: MedusaContainer): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNEL_NAME } })
  let salesChannelId = channels[0]?.id
  if (!salesChannelId) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến sản phẩm OCOP" }] },
    })
    salesChannelId = result[0].id
  }

  const currencies = [
    { currency_code: "vnd", is_default: true },
    { currency_code: "usd", is_default: false },
  ]
  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  if (!stores.length) {
    await createStoresWorkflow(container).run({
      input: { stores: [{ name: "OCOP Market", supported_currencies: currencies, default_sales_channel_id: salesChannelId }] },
    })
  } else {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: stores[0].id },
        update: { name: "OCOP Market", supported_currencies: currencies, default_sales_channel_id: salesChannelId },
      },
    })
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  let publishableKey = keys[0]?.token
  if (!publishableKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
    publishableKey = result[0].token
  }

  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
  const byCurrency = new Map(regions.map((r) => [r.currency_code, r.id]))
  const missing = [
    { name: VN_REGION, currency_code: "vnd", countries: ["vn"] },
    { name: EXPORT_REGION, currency_code: "usd", countries: EXPORT_COUNTRIES },
  ].filter((r) => !byCurrency.has(r.currency_code))
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: missing.map((r) => ({ ...r, payment_providers: paymentProviders(r.currency_code) })) },
    })
    result.forEach((r) => byCurrency.set(r.currency_code, r.id))
    await createTaxRegionsWorkflow(container).run({
      input: missing.flatMap((r) => r.countries).map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  await ensurePaymentProviders(container, byCurrency)

  return {
    salesChannelId,
    publishableKey,
    regionIds: { vnd: byCurrency.get("vnd")!, usd: byCurrency.get("usd")! },
  }
}

/** Cash and VietQR in Việt Nam, cards (when Stripe is configured) everywhere; invoices abroad otherwise. */
function paymentProviders(currency: string): string[] {
  const stripe = process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : []
  return currency === "vnd" ? ["pp_cod_ocop", "pp_vietqr_ocop", ...stripe] : stripe.length ? stripe : ["pp_system_default"]
}

async function ensurePaymentProviders(container: MedusaContainer, regionIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code", "payment_providers.id"], filters: { id: [...regionIds.values()] } })
  for (const region of data) {
    const want = paymentProviders(region.currency_code)
    const have = (region.payment_providers ?? []).map((p) => p!.id).sort()
    if (JSON.stringify(have) !== JSON.stringify([...want].sort())) {
      await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: want } } })
    }
  }
}
