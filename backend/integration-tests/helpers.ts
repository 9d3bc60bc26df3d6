import type { MedusaContainer } from "@medusajs/framework/types"
import jwt from "jsonwebtoken"
import { rebuildIndexes } from "../src/lib/search/rebuild"
import seed from "../src/scripts/seed"
import { PUBLISHABLE_KEY_TITLE } from "../src/scripts/seed/store"

/** Authorization headers of a freshly created staff user. */
export async function adminHeaders(container: MedusaContainer) {
  const email = `staff-${Date.now()}@ocop.test`
  const user = await container.resolve("user").createUsers({ email })
  const identity = await container.resolve("auth").createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id },
    process.env.JWT_SECRET || "ocop-dev-jwt-secret",
    { expiresIn: "1h" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

export function validMetadata(overrides: Record<string, unknown> = {}) {
  // 5★ is certified at central level only (the shared schema refuses a provincial issuer)
  const central = Number(overrides.ocop_stars) === 5
  return {
    ocop_stars: 4,
    ocop_province: "thai-nguyen",
    ocop_legacy_province: "Bắc Kạn",
    ocop_group: "food",
    ocop_subgroup: "processed",
    ocop_certificate: {
      number: "123/QĐ-UBND",
      issued_at: "2025-03-01",
      expires_at: "2028-03-01",
      issuer: central ? "Bộ Nông nghiệp và Môi trường" : "UBND tỉnh Thái Nguyên",
    },
    ...overrides,
  }
}

export function productBody(title: string, metadata: unknown, extra: Record<string, unknown> = {}) {
  return {
    title,
    status: "published",
    metadata,
    options: [{ title: "Quy cách", values: ["Gói 500g"] }],
    variants: [{ title: "Gói 500g", options: { "Quy cách": "Gói 500g" }, prices: [{ amount: 95000, currency_code: "vnd" }] }],
    ...extra,
  }
}

/** Request headers as the test runner's HTTP client takes them. */
export type Headers = { headers: Record<string, string> }

/** The demo shop loaded as `npm start` loads it, and what a storefront needs to call it. */
export async function seededShop(container: MedusaContainer) {
  process.env.OCOP_KEY_FILE = ""
  // the demo's producer account and orders are the seed spec's to check; others count their own
  process.env.OCOP_DEMO_WORK = "false"
  // a live index first, as npm start does, so the loader's events are taken in
  await rebuildIndexes(container, ["product"], { onlyIfNeeded: true })
  await seed({ container, args: [] })
  const query = container.resolve("query")
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: PUBLISHABLE_KEY_TITLE } })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
  return { store: { headers: { "x-publishable-api-key": keys[0].token as string } }, regionId: regions[0].id as string }
}

// The test runner's HTTP client answers JSON bodies as axios types them (any): the specs read
// them field by field and assert their shape, which is what they test.
type StoreApi = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, see above
  get(path: string, config?: unknown): Promise<{ data: any }>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, see above
  post(path: string, body: unknown, config?: unknown): Promise<{ data: any }>
}

/**
 * A cart as checkout leaves it just before "place order": its line(s), a
 * delivery address, standard home delivery and a payment session.
 */
type ReadyCartOptions = { regionId: string; address: Record<string, string>; provider: string; email?: string } & (
  | { variantId: string; quantity?: number }
  | { lines: { variant_id: string; quantity: number }[] }
)

export async function readyCart(api: StoreApi, store: Headers, o: ReadyCartOptions) {
  const post = (path: string, body: unknown) => api.post(path, body, store).then((r) => r.data)
  const { cart } = await post("/store/carts", { region_id: o.regionId, ...(o.email ? { email: o.email } : {}) })
  const lines = "lines" in o ? o.lines : [{ variant_id: o.variantId, quantity: o.quantity ?? 1 }]
  for (const line of lines) await post(`/store/carts/${cart.id}/line-items`, line)
  await post(`/store/carts/${cart.id}`, { shipping_address: o.address })
  const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store).then((r) => r.data)
  const standard = shipping_options.find((s: { name: string }) => s.name === "Giao hàng tiêu chuẩn")
  await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
  const { payment_collection } = await post("/store/payment-collections", { cart_id: cart.id })
  const { payment_collection: withSession } = await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: o.provider })
  return { cartId: cart.id as string, paymentCollection: withSession }
}

/** The demo shop (seededShop) and a fresh staff user's headers: what most specs set up first. */
export async function shopAndStaff(container: MedusaContainer) {
  const { store, regionId } = await seededShop(container)
  return { store, regionId, admin: await adminHeaders(container) }
}

/** A shopper's checkout placed: readyCart, then "place order"; the order Medusa answers. */
export async function placedOrder(api: StoreApi, store: Headers, o: ReadyCartOptions) {
  const { cartId } = await readyCart(api, store, o)
  const done = await api.post(`/store/carts/${cartId}/complete`, {}, store).then((r) => r.data)
  expect(done.type).toBe("order")
  return done.order as { id: string; display_id: number; items: { id: string }[] }
}
