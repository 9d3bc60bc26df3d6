import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerProductView } from "@ocop/shared"
import { adminHeaders, seededShop } from "../helpers"
import { producerProduct, producerSession } from "../producer"

jest.setTimeout(15 * 60 * 1000)

// Vouchers through Medusa's Promotion module: staff create codes (percentage,
// fixed amount, free delivery; a use limit, an end date), a shopper applies and
// removes one on the cart, and every total — the cart's, the order's, the
// VietQR transfer's — is computed by the server.

const ADDRESS = { first_name: "Phạm Thu Hà", phone: "0977 111 222", province: "ha-noi", city: "Phường Cửa Nam", address_1: "3 Tràng Thi", country_code: "vn" }
type Headers = { headers: Record<string, string> }
type Cart = { id: string; total: number; item_total: number; shipping_total: number; discount_total: number; promotions?: { code: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let product: ProducerProductView

    const outcome = (p: Promise<{ status: number; data: unknown }>) =>
      p.then((r) => ({ status: r.status, data: r.data as Record<string, unknown> }), (e) => ({ status: e.response?.status as number, data: e.response?.data as Record<string, unknown> }))
    const post = (path: string, body: unknown) => api.post(path, body, store).then((r) => r.data)
    const CART_FIELDS = "id,total,item_total,shipping_total,discount_total,*promotions"
    const readCart = async (id: string): Promise<Cart> => (await api.get(`/store/carts/${id}?fields=${CART_FIELDS}`, store)).data.cart

    async function voucher(code: string, method: Record<string, unknown>, extra: Record<string, unknown> = {}) {
      await api.post(
        "/admin/promotions",
        { code, type: "standard", status: "active", is_automatic: false, application_method: { currency_code: "vnd", ...method }, ...extra },
        admin
      )
    }

    beforeAll(async () => {
      const container = getContainer()
      ;({ store, regionId } = await seededShop(container))
      admin = await adminHeaders(container)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id"], pagination: { take: 1, order: { handle: "ASC" } } })
      const producer = await producerSession(api, admin, data[0].id, "voucher@htx.test")
      product = (await api.post("/producer/products", producerProduct(), producer.auth)).data.product
      await api.post(`/admin/ocop/products/${product.id}/verification`, { action: "verify" }, admin)
    })

    beforeEach(async () => {
      await voucher("GIAM10", { type: "percentage", target_type: "order", allocation: "across", value: 10 })
      await voucher("GIAM20K", { type: "fixed", target_type: "order", allocation: "across", value: 20000 })
      await voucher("FREESHIP", { type: "percentage", target_type: "shipping_methods", allocation: "across", value: 100 })
      await voucher("HETHAN", { type: "percentage", target_type: "order", allocation: "across", value: 50 }, {
        campaign: { name: "Tết 2025", campaign_identifier: "tet-2025", starts_at: "2025-01-01T00:00:00Z", ends_at: "2025-02-01T00:00:00Z" },
      })
      await voucher("MOTLAN", { type: "fixed", target_type: "order", allocation: "across", value: 30000 }, { limit: 1 })
    })

    /** Two 500 g jars (2 × 185.000 ₫) delivered to Hà Nội, standard delivery. */
    async function cartWithDelivery(): Promise<Cart> {
      const { cart } = await post("/store/carts", { region_id: regionId, email: "ha@khach.test" })
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: product.variants.find((v) => v.title === "Hũ 500 g")!.id, quantity: 2 })
      await post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS })
      const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)).data
      const standard = shipping_options.find((s: { name: string }) => s.name === "Giao hàng tiêu chuẩn")
      await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
      return readCart(cart.id)
    }
    const apply = (id: string, code: string) => outcome(api.post(`/store/carts/${id}/promotions`, { promo_codes: [code] }, store))
    const remove = (id: string, code: string) => outcome(api.delete(`/store/carts/${id}/promotions`, { ...store, data: { promo_codes: [code] } }))

    async function placeOrder(cartId: string, provider = "pp_cod_ocop") {
      const { payment_collection } = await post("/store/payment-collections", { cart_id: cartId })
      await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: provider })
      const done = await post(`/store/carts/${cartId}/complete`, {})
      expect(done.type).toBe("order")
      return done.order as { id: string; total: number; discount_total: number }
    }

    it("takes a percentage off, then gives the full price back when the code is removed", async () => {
      const cart = await cartWithDelivery()
      expect(cart.item_total).toBe(370000)
      expect(cart.shipping_total).toBeGreaterThan(0)
      expect(cart.discount_total).toBe(0)

      expect((await apply(cart.id, "GIAM10")).status).toBe(200)
      const discounted = await readCart(cart.id)
      expect(discounted.promotions?.map((p) => p.code)).toEqual(["GIAM10"])
      expect(discounted.discount_total).toBe(37000)
      expect(discounted.total).toBe(cart.total - 37000)

      expect((await remove(cart.id, "GIAM10")).status).toBe(200)
      const back = await readCart(cart.id)
      expect(back.promotions ?? []).toEqual([])
      expect([back.discount_total, back.total]).toEqual([0, cart.total])
    })

    it("makes delivery free with a free-delivery code, goods still paid in full", async () => {
      const cart = await cartWithDelivery()
      await apply(cart.id, "FREESHIP")
      const free = await readCart(cart.id)
      expect(free.total).toBe(370000)
      expect(free.discount_total).toBe(cart.shipping_total)
    })

    it("refuses unknown, expired and not-yet-valid codes with a 400 naming the code and why, and leaves the cart's totals alone", async () => {
      await voucher("SAPTOI", { type: "percentage", target_type: "order", allocation: "across", value: 50 }, {
        campaign: { name: "Tết 2099", campaign_identifier: "tet-2099", starts_at: "2099-01-01T00:00:00Z", ends_at: "2099-02-01T00:00:00Z" },
      })
      const cart = await cartWithDelivery()
      for (const [code, reason] of [["KHONGCO", "voucher_unknown"], ["HETHAN", "voucher_expired"], ["SAPTOI", "voucher_not_started"]]) {
        const refused = await apply(cart.id, code)
        expect([code, refused.status]).toEqual([code, 400])
        expect(refused.data.errors).toEqual([expect.objectContaining({ field: "promo_codes.0", code: reason, params: { code } })])
        expect(String(refused.data.message)).toMatch(code)
        const after = await readCart(cart.id)
        expect([code, after.total, after.promotions ?? []]).toEqual([code, cart.total, []])
      }
    })

    it("carries the fixed discount into the order and the VietQR transfer, computed by the server", async () => {
      const cart = await cartWithDelivery()
      await apply(cart.id, "GIAM20K")
      const order = await placeOrder(cart.id, "pp_vietqr_ocop")
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["total", "discount_total"], filters: { id: order.id } })
      expect(Number(data[0].total)).toBe(cart.total - 20000)
      expect(Number(data[0].discount_total)).toBe(20000)
      const qr = (await api.get(`/store/orders/${order.id}/vietqr`, store)).data
      expect(qr.amount).toBe(cart.total - 20000)
    })

    it("lets a one-use code be used once", async () => {
      const first = await cartWithDelivery()
      expect((await apply(first.id, "MOTLAN")).status).toBe(200)
      const order = await placeOrder(first.id)
      expect(Number(order.discount_total)).toBe(30000)

      const second = await cartWithDelivery()
      const refused = await apply(second.id, "MOTLAN")
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([expect.objectContaining({ field: "promo_codes.0", code: "voucher_used_up" })])
      expect((await readCart(second.id)).total).toBe(second.total)
    })
  },
})
