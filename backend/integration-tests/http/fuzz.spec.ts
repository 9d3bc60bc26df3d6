import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, readyCart, seededShop } from "../helpers"
import { badBody, badQuery, BAD_IDS, pick, rng } from "../fuzz"
import { producerProduct, producerSession } from "../producer"

jest.setTimeout(20 * 60 * 1000)

type Target = { method: "GET" | "POST" | "DELETE"; path: (id: string) => string; auth: "store" | "producer" | "admin" | "none"; query?: string[]; body?: string[] }

// Every custom route of the shop, with the parameters and fields it reads.
const TARGETS: Target[] = [
  { method: "GET", path: () => "/store/product-search", auth: "store", query: ["q", "stars_min", "province", "group", "subgroup", "producer", "in_stock", "price_min", "price_max", "sort", "page", "limit", "currency", "collection"] },
  { method: "GET", path: () => "/store/producers", auth: "store", query: ["province", "type", "limit", "offset", "q"] },
  { method: "GET", path: (id) => `/store/producers/${id}`, auth: "store" },
  { method: "GET", path: () => "/store/sales-points", auth: "store", query: ["province", "type", "lat", "lng", "product_id", "limit", "offset"] },
  { method: "GET", path: (id) => `/store/sales-points/${id}`, auth: "store" },
  { method: "GET", path: () => "/store/fairs", auth: "store", query: ["status", "limit", "offset"] },
  { method: "GET", path: (id) => `/store/fairs/${id}`, auth: "store" },
  { method: "GET", path: (id) => `/store/trace/${id}`, auth: "store" },
  { method: "GET", path: (id) => `/store/orders/${id}/vietqr`, auth: "store" },
  { method: "POST", path: () => "/store/order-lookup", auth: "store", body: ["order_number", "contact"] },
  { method: "POST", path: (id) => `/store/orders/${id}/cancel`, auth: "store" },
  { method: "POST", path: () => "/store/carts", auth: "store", body: ["region_id", "email", "shipping_address", "currency_code"] },
  { method: "POST", path: (id) => `/store/carts/${id}`, auth: "store", body: ["shipping_address", "email", "metadata"] },
  { method: "POST", path: (id) => `/store/carts/${id}/shipping-methods`, auth: "store", body: ["option_id", "data"] },
  { method: "POST", path: (id) => `/store/carts/${id}/line-items`, auth: "store", body: ["variant_id", "quantity"] },
  { method: "POST", path: () => "/store/customers/me/addresses", auth: "store", body: ["first_name", "phone", "province", "city", "address_1"] },
  { method: "GET", path: () => "/producer/me", auth: "producer" },
  { method: "POST", path: () => "/producer/me", auth: "producer", body: ["ward", "address", "phone", "email", "website", "story"] },
  { method: "GET", path: () => "/producer/products", auth: "producer", query: ["limit", "offset"] },
  { method: "POST", path: () => "/producer/products", auth: "producer", body: ["title", "subtitle", "description", "story", "image_ids", "certificate_scan_id", "variants", "ocop"] },
  { method: "GET", path: (id) => `/producer/products/${id}`, auth: "producer" },
  { method: "POST", path: (id) => `/producer/products/${id}`, auth: "producer", body: ["title", "variants", "ocop", "image_ids", "description"] },
  { method: "DELETE", path: (id) => `/producer/products/${id}`, auth: "producer" },
  { method: "GET", path: () => "/producer/files", auth: "producer", query: ["kind", "limit", "offset"] },
  { method: "POST", path: () => "/producer/files", auth: "producer", query: ["kind"], body: ["file"] },
  { method: "DELETE", path: (id) => `/producer/files/${id}`, auth: "producer" },
  { method: "GET", path: () => "/producer/orders", auth: "producer", query: ["limit", "offset"] },
  { method: "GET", path: (id) => `/producer/orders/${id}`, auth: "producer" },
  { method: "POST", path: (id) => `/producer/orders/${id}/ship`, auth: "producer", body: ["tracking_number", "carrier"] },
  { method: "GET", path: () => "/producer/sales", auth: "producer", query: ["days"] },
  { method: "POST", path: () => "/producer-invites/accept", auth: "producer", body: ["token", "name"] },
  { method: "GET", path: () => "/admin/ocop/verifications", auth: "admin", query: ["status", "limit", "offset"] },
  { method: "POST", path: (id) => `/admin/ocop/products/${id}/verification`, auth: "admin", body: ["action", "note"] },
  { method: "GET", path: () => "/admin/ocop/report", auth: "admin", query: ["format", "table", "days"] },
  { method: "GET", path: () => "/admin/producers", auth: "admin", query: ["q", "province", "limit", "offset"] },
  { method: "POST", path: () => "/admin/producers", auth: "admin", body: ["handle", "name", "type", "province", "email", "latitude"] },
  { method: "GET", path: (id) => `/admin/producers/${id}`, auth: "admin" },
  { method: "POST", path: (id) => `/admin/producers/${id}`, auth: "admin", body: ["name", "phone", "website", "province"] },
  { method: "DELETE", path: (id) => `/admin/producers/${id}`, auth: "admin" },
  { method: "POST", path: (id) => `/admin/producers/${id}/invites`, auth: "admin", body: ["email"] },
  { method: "GET", path: () => "/admin/sales-points", auth: "admin", query: ["q", "province", "limit"] },
  { method: "POST", path: () => "/admin/sales-points", auth: "admin", body: ["handle", "name", "type", "province", "address", "latitude", "longitude"] },
  { method: "POST", path: (id) => `/admin/sales-points/${id}`, auth: "admin", body: ["latitude", "longitude", "name"] },
  { method: "GET", path: () => "/admin/fairs", auth: "admin", query: ["q", "province", "limit"] },
  { method: "POST", path: () => "/admin/fairs", auth: "admin", body: ["handle", "name", "starts_at", "ends_at", "venue", "province", "organiser", "published"] },
  { method: "POST", path: (id) => `/admin/fairs/${id}`, auth: "admin", body: ["starts_at", "ends_at", "published", "booth_count"] },
  { method: "GET", path: (id) => `/admin/fairs/${id}/catalogue`, auth: "admin" },
  { method: "POST", path: (id) => `/admin/fairs/${id}/catalogue`, auth: "admin", body: ["exhibitors", "product_ids"] },
  { method: "POST", path: () => "/admin/products", auth: "admin", body: ["title", "metadata", "options", "variants"] },
  { method: "POST", path: (id) => `/admin/products/${id}`, auth: "admin", body: ["metadata", "title"] },
]

const PER_TARGET = 44 // 48 routes × 44 ≥ 2,000 requests

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("answers 2,000+ malformed requests to every custom route with a 4xx and a message — never a 5xx", async () => {
      const container = getContainer()
      const { store, regionId } = await seededShop(container)
      const admin = await adminHeaders(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], pagination: { take: 1 } })
      const producer = await producerSession(api, admin, producers[0].id, "fuzz@ocop.test")
      const own = (await api.post("/producer/products", producerProduct(), producer.auth)).data.product
      const { data: seeded } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { status: "published" }, pagination: { take: 1 } })
      const { cartId } = await readyCart(api, store, {
        regionId,
        variantId: seeded[0].variants![0]!.id,
        address: { first_name: "Lê Văn Fuzz", phone: "0912 000 111", province: "ha-noi", city: "Phường Ba Đình", address_1: "1 Hùng Vương", country_code: "vn" },
        provider: "pp_cod_ocop",
      })
      // real ids so ownership and lookups run too, mixed with garbage
      const realIds = [own.id, own.variants[0].id, seeded[0].id, producers[0].id, cartId]
      const headers = { store: store.headers, producer: { ...store.headers, ...producer.auth.headers }, admin: admin.headers, none: {} }

      const othersProducts = async () =>
        (await query.graph({ entity: "product", fields: ["id", "producer.id"] })).data.filter((p) => p.producer?.id !== producers[0].id).length
      const before = await othersProducts()
      const r = rng(20261123)
      const problems: string[] = []
      const statuses = new Map<number, number>()
      let sent = 0
      const jobs: (() => Promise<void>)[] = []
      for (const t of TARGETS) {
        for (let i = 0; i < PER_TARGET; i++) {
          const id = r() < 0.2 ? pick(r, realIds) : pick(r, BAD_IDS)
          const path = t.path(encodeURIComponent(id)) + (t.query ? `?${badQuery(r, t.query)}` : "")
          const body = t.method === "POST" ? badBody(r, t.body ?? []) : undefined
          const auth = r() < 0.05 ? "none" : t.auth
          jobs.push(async () => {
            const res = await api
              .request({
                method: t.method,
                url: path,
                // sent as raw JSON text: bare numbers, booleans and nulls too
                data: body === undefined ? undefined : JSON.stringify(body),
                headers: { ...headers[auth], ...(body === undefined ? {} : { "content-type": "application/json" }) },
                validateStatus: () => true,
                maxContentLength: Infinity,
                transformRequest: [(d: unknown) => d],
              })
              .catch((e) => e.response ?? { status: 0, data: String(e.message) })
            sent++
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
            // Node itself refuses an oversized URL (431) before the app sees it; its reason phrase is the message
            const message = res.status === 431 ? res.statusText : typeof res.data === "string" ? res.data : res.data?.message
            if (res.status >= 500 || res.status === 0) problems.push(`${t.method} ${path.slice(0, 120)} → ${res.status} ${String(message).slice(0, 160)}`)
            else if (res.status >= 400 && !(typeof message === "string" && message.trim().length > 0)) problems.push(`${t.method} ${path.slice(0, 120)} → ${res.status} without a message`)
          })
        }
      }
      // 8 clients at once, as a busy shop would see them
      const queue = [...jobs]
      await Promise.all(Array.from({ length: 8 }, async () => { while (queue.length) await queue.shift()!() }))

      console.log(`fuzz: ${sent} requests to ${TARGETS.length} routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
      expect(sent).toBeGreaterThanOrEqual(2000)
      expect(problems.slice(0, 40)).toEqual([])
      // still serving; the producer's token touched nobody else's products (its own it may delete)
      expect((await api.get("/health")).status).toBe(200)
      expect(await othersProducts()).toBe(before)
    })
  },
})
