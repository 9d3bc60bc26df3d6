import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, readyCart as shopperCart, seededShop } from "../helpers"
import { recoverUnfinishedOrders } from "../../src/workflows/checkout/recover-unfinished-orders"
import { ORDER_RECOVERY_MODULE } from "../../src/modules/order-recovery"
import type OrderRecoveryModuleService from "../../src/modules/order-recovery/service"
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
      const complete = (id: string) =>
        api.post(`/store/carts/${id}/complete`, {}, store).then((r) => r.data, (e) => ({ type: "error", status: e.response?.status, error: e.response?.data }))
      // as the storefront does (lib/passing-fault.ts): a 503 ("try again in a moment") is tried once more
      const results = await Promise.all(carts.map(async (id) => {
        const first = await complete(id)
        return first.type === "error" && first.status === 503 ? complete(id) : first
      }))
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

    // A checkout that died right after the order row was committed (process
    // killed, database gone): the order exists, nothing after it does — no link
    // to the cart or payment, no reservation, no authorised payment.
    async function halfMadeOrder(variantId: string) {
      const cartId = await readyCart(variantId)
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "cart",
        fields: ["id", "email", "currency_code", "region_id", "sales_channel_id", "items.*"],
        filters: { id: cartId },
      })
      const cart = data[0]
      await container.resolve(Modules.CART).updateCarts([{ id: cartId, metadata: { ocop_checkout: cartId } }])
      const [order] = await container.resolve(Modules.ORDER).createOrders([
        {
          region_id: cart.region_id ?? undefined,
          sales_channel_id: cart.sales_channel_id ?? undefined,
          currency_code: cart.currency_code,
          email: cart.email ?? "khach@example.vn",
          status: "pending",
          metadata: { ocop_checkout: cartId },
          items: (cart.items ?? []).flatMap((i) => (i ? [{ title: i.title, variant_id: i.variant_id ?? undefined, product_id: i.product_id ?? undefined, quantity: i.quantity, unit_price: i.unit_price }] : [])),
        },
      ])
      return { cartId, orderId: order.id }
    }

    async function wholeness(orderId: string) {
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await db.raw(
        `select exists(select 1 from order_cart where order_id = ? and deleted_at is null) as cart_link,
                exists(select 1 from order_payment_collection op join payment p on p.payment_collection_id = op.payment_collection_id
                        where op.order_id = ? and op.deleted_at is null and p.deleted_at is null) as authorised,
                (select coalesce(sum(r.quantity), 0)::int from reservation_item r join order_item oi on oi.item_id = r.line_item_id
                  where oi.order_id = ? and r.deleted_at is null) as reserved`,
        [orderId, orderId, orderId]
      )
      return rows[0]
    }

    it("gives a shopper whose checkout died after the order row that same order on retry, made whole — never a second one", async () => {
      const product = catalogue.products.find((p) => p.variants[0].stock > 20 && p.handle !== "mien-dong-tai-hoan")!
      const { cartId, orderId } = await halfMadeOrder((await variantOf(product.handle)).id)
      expect(await wholeness(orderId)).toEqual({ cart_link: false, authorised: false, reserved: 0 })

      const first = await post(`/store/carts/${cartId}/complete`, {})
      expect([first.type, first.order.id]).toEqual(["order", orderId])
      expect(await wholeness(orderId)).toEqual({ cart_link: true, authorised: true, reserved: 1 })
      const again = await post(`/store/carts/${cartId}/complete`, {})
      expect(again.order.id).toBe(orderId)
      const { rows } = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
        `select count(*)::int as orders from "order" where metadata->>'ocop_checkout' = ? and deleted_at is null`, [cartId])
      expect(rows[0].orders).toBe(1)
      const repairs = await getContainer().resolve<OrderRecoveryModuleService>(ORDER_RECOVERY_MODULE).listOrderRepairs({ order_id: orderId })
      expect(repairs.map((r) => [r.outcome, r.found_by, r.repaired])).toEqual([
        ["completed", "retry", expect.arrayContaining(["cart_link", "payment_link", "cart_completed", "reservations", "payment_authorized"])],
      ])
    })

    it("refuses, in the database, a second live order for one cart, and refuses shoppers the key that names it", async () => {
      const product = catalogue.products.find((p) => p.variants[0].stock > 20 && p.handle !== "mien-dong-tai-hoan")!
      const { cartId } = await halfMadeOrder((await variantOf(product.handle)).id)
      const orders = getContainer().resolve(Modules.ORDER)
      await expect(orders.createOrders([{ currency_code: "vnd", email: "x@example.vn", metadata: { ocop_checkout: cartId } }])).rejects.toThrow()
      // another shopper's cart id written into one's own cart would let one's order claim their checkout
      const { cart } = await post("/store/carts", { region_id: regionId })
      for (const path of [`/store/carts/${cart.id}`, "/store/carts"]) {
        const attempt = await refused(path, { region_id: regionId, metadata: { ocop_checkout: cartId } })
        expect([attempt.status, attempt.data.message]).toEqual([400, expect.stringContaining("metadata.ocop_checkout")])
      }
    })

    it("completes, without the shopper, an order a fault left half-made, and cancels one whose stock is gone (stock released, cart open again)", async () => {
      const [a, b] = catalogue.products.filter((p) => p.variants[0].stock > 20 && p.handle !== "mien-dong-tai-hoan").slice(2, 4)
      const whole = await halfMadeOrder((await variantOf(a.handle)).id)
      const goneVariant = await variantOf(b.handle)
      const gone = await halfMadeOrder(goneVariant.id)
      // meanwhile the last units of b were sold
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: goneVariant.inventoryItemId })
      await inventory.updateInventoryLevels([{ inventory_item_id: goneVariant.inventoryItemId, location_id: level.location_id, stocked_quantity: level.reserved_quantity }])

      const done = await recoverUnfinishedOrders(getContainer(), "schedule", { settleSeconds: 0 })
      expect(done).toEqual(expect.objectContaining({ completed: expect.any(Number), cancelled: expect.any(Number) }))
      expect(await wholeness(whole.orderId)).toEqual({ cart_link: true, authorised: true, reserved: 1 })
      const [cancelled] = await getContainer().resolve(Modules.ORDER).listOrders({ id: gone.orderId }, { select: ["id", "status"] })
      expect(cancelled.status).toBe("canceled")
      expect((await wholeness(gone.orderId)).reserved).toBe(0)
      const reopened = await getContainer().resolve(Modules.CART).retrieveCart(gone.cartId, { select: ["completed_at"] })
      expect(reopened.completed_at).toBeNull()
      // the shopper's next press gets checkout's own truthful answer
      const retry = await refused(`/store/carts/${gone.cartId}/complete`, {})
      expect([retry.status, JSON.stringify(retry.data)]).toEqual([expect.any(Number), expect.stringMatching(/inventory|stock/i)])
      expect(retry.status).toBeGreaterThanOrEqual(400)
      expect(retry.status).toBeLessThan(500)
      // a second pass finds nothing left to do
      expect(await recoverUnfinishedOrders(getContainer(), "schedule", { settleSeconds: 0 })).toEqual({ completed: 0, cancelled: 0, skipped: 0 })

      const { data } = await api.get("/admin/order-repairs?limit=10", await adminHeaders(getContainer()))
      const shown = data.repairs.filter((r) => [whole.orderId, gone.orderId].includes(r.order_id))
      expect(shown.map((r) => [r.order_id, r.outcome, r.found_by, typeof r.order?.display_id])).toEqual(
        expect.arrayContaining([
          [whole.orderId, "completed", "schedule", "number"],
          [gone.orderId, "cancelled", "schedule", "number"],
        ])
      )
    })
  },
})
