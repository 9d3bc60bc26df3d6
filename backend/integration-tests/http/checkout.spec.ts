import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readyCart as shopperCart, seededShop } from "../helpers"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buildCatalogue } from "@ocop/seed"
import { deliveryRate } from "@ocop/shared"

jest.setTimeout(15 * 60 * 1000)

const ADDRESS = { first_name: "Nguyễn Văn An", phone: "0912 345 678", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "1 Lý Thái Tổ", country_code: "vn" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    const catalogue = buildCatalogue(new Date().toISOString().slice(0, 10))
    const post = (path: string, body: unknown) => api.post(path, body, store).then((r) => r.data)
    const refused = (path: string, body: unknown) => api.post(path, body, store).catch((e) => e.response)

    beforeAll(async () => {
      ;({ store, regionId } = await seededShop(getContainer()))
    })

    async function variantOf(handle: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
        filters: { handle },
      })
      const v = data[0].variants[0]!
      return { id: v.id, inventoryItemId: v.inventory_items![0]!.inventory_item_id }
    }

    const readyCart = async (variantId: string) =>
      (await shopperCart(api, store, { regionId, variantId, address: ADDRESS, provider: "pp_cod_ocop" })).cartId

    it("sells the last 5 units to exactly 5 of 50 shoppers checking out at once; the 45 others are told it is out of stock", async () => {
      const product = catalogue.products.find((p) => p.variants[0].stock > 10 && p.handle !== "mien-dong-tai-hoan")!
      const variant = await variantOf(product.handle)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: variant.inventoryItemId })
      await inventory.updateInventoryLevels([{ inventory_item_id: variant.inventoryItemId, location_id: level.location_id, stocked_quantity: 5 }])

      const carts = await Promise.all(Array.from({ length: 50 }, () => readyCart(variant.id)))
      const results = await Promise.all(
        carts.map((id) => api.post(`/store/carts/${id}/complete`, {}, store).then((r) => r.data, (e) => ({ type: "error", status: e.response?.status, error: e.response?.data })))
      )
      const orders = results.filter((r) => r.type === "order")
      const refusedOnes = results.filter((r) => r.type !== "order")
      expect(orders).toHaveLength(5)
      expect(refusedOnes).toHaveLength(45)
      for (const r of refusedOnes) {
        // a clear refusal a shopper can act on: a 4xx naming the missing stock, never a server error
        expect([r.status, JSON.stringify(r.error ?? r)]).toEqual([expect.any(Number), expect.stringMatching(/inventory|stock/i)])
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
      }
      const [after] = await inventory.listInventoryLevels({ inventory_item_id: variant.inventoryItemId })
      expect(after.reserved_quantity).toBe(5)
    })

    it("sends one order confirmation e-mail through the notification module, and none without an address", async () => {
      const variant = await variantOf("mien-dong-tai-hoan")
      const withEmail = await readyCart(variant.id)
      await post(`/store/carts/${withEmail}`, { email: "hoa@ocop.test" })
      const { order } = await post(`/store/carts/${withEmail}/complete`, {})
      const noEmail = await readyCart(variant.id)
      const { order: silent } = await post(`/store/carts/${noEmail}/complete`, {})
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: { to: string; template: string; data: Record<string, unknown> }[] = []
      for (let i = 0; i < 40 && !sent.length; i++) {
        await new Promise((r) => setTimeout(r, 250))
        sent = (await notifications.listNotifications({ to: "hoa@ocop.test" })) as typeof sent
      }
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({ template: "order-placed", data: { display_id: order.display_id, total: order.total } })
      expect(silent.email ?? null).toBeNull()
      expect((await notifications.listNotifications({ template: "order-placed" })).length).toBe(1)
    })

    it("prices every line and the delivery on the server, whatever the browser sends", async () => {
      const product = catalogue.products.find((p) => p.handle === "mien-dong-tai-hoan")!
      const variant = await variantOf(product.handle)
      const { cart } = await post("/store/carts", { region_id: regionId })
      const forged = await refused(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1, unit_price: 1 })
      expect(forged.status).toBe(400)
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 2 })
      const { cart: priced } = await post(`/store/carts/${cart.id}`, { shipping_address: { ...ADDRESS, province: "gia-lai" } })
      expect(priced.items[0].unit_price).toBe(product.variants[0].price)
      const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store).then((r) => r.data)
      const express = shipping_options.find((o: { name: string }) => o.name === "Giao hàng nhanh")
      const { cart: withDelivery } = await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: express.id, data: { price: 0 } })
      expect(withDelivery.shipping_total).toBe(deliveryRate("home-express", "gia-lai"))
      expect(withDelivery.total).toBe(2 * product.variants[0].price + deliveryRate("home-express", "gia-lai")!)
    })

    it("refuses an address a courier could not use, naming each field, and normalises the phone", async () => {
      const { cart } = await post("/store/carts", { region_id: regionId })
      for (const [address, words] of [
        [{ ...ADDRESS, phone: "12345" }, "phone"],
        [{ ...ADDRESS, phone: "" }, "phone"],
        [{ ...ADDRESS, province: "bac-kan" }, "province"],
        [{ ...ADDRESS, city: "" }, "ward or commune"],
        [{ ...ADDRESS, address_1: " " }, "street"],
        [{ ...ADDRESS, first_name: "x".repeat(101) }, "full name"],
      ] as const) {
        const res = await refused(`/store/carts/${cart.id}`, { shipping_address: address })
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(words)])
      }
      const { cart: saved } = await post(`/store/carts/${cart.id}`, { shipping_address: { ...ADDRESS, phone: "+84 (912) 345-678" } })
      expect(saved.shipping_address.phone).toBe("0912345678")
    })

    it("lets a shopper collect at a sales point only if it stocks everything in the cart", async () => {
      const point = catalogue.salesPoints.find((s) => s.productHandles.length > 3)!
      const { data: points } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "sales_point", fields: ["id"], filters: { handle: point.handle } })
      const stocked = catalogue.products.find((p) => point.productHandles.includes(p.handle) && p.variants[0].stock > 1)!
      const notStocked = catalogue.products.find((p) => !point.productHandles.includes(p.handle) && p.variants[0].stock > 1)!
      const { cart } = await post("/store/carts", { region_id: regionId })
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: (await variantOf(stocked.handle)).id, quantity: 1 })
      await post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS })
      const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store).then((r) => r.data)
      const pickup = shipping_options.find((o: { name: string }) => o.name === "Nhận tại điểm bán OCOP")
      const none = await refused(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id })
      expect([none.status, none.data.message]).toEqual([400, expect.stringContaining("sales_point_id")])
      const { cart: ok } = await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id, data: { sales_point_id: points[0].id } })
      expect(ok.shipping_total).toBe(0)
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: (await variantOf(notStocked.handle)).id, quantity: 1 })
      const missing = await refused(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id, data: { sales_point_id: points[0].id } })
      expect([missing.status, missing.data.message]).toEqual([400, expect.stringContaining(notStocked.title)])
    })
  },
})
