import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProducerProductView } from "@ocop/shared"
import { type Headers, placedOrder, shopAndStaff } from "../helpers"
import { bearer, producerProduct, producerSession } from "../producer"

jest.setTimeout(15 * 60 * 1000)

// A shopper's order after "Đặt hàng": a guest finds it again with its number and
// the phone or e-mail it was placed with (and a guesser does not), and cancels it
// before anything has left — its stock goes back on sale, a transfer already
// received is flagged for staff to send back, a registered customer's order is
// cancelled only from that account.

const ADDRESS = { first_name: "Lê Văn Cường", phone: "0912 345 678", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "12 Hàng Bạc", country_code: "vn" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let producer: { auth: Headers }
    let product: ProducerProductView

    const outcome = (p: Promise<{ status: number; data: unknown }>) =>
      p.then((r) => ({ status: r.status, data: r.data as Record<string, unknown> }), (e) => ({ status: e.response?.status as number, data: e.response?.data as Record<string, unknown> }))
    /** a request from one shopper's device, as the storefront forwards it */
    const from = (ip: string, extra: Headers = { headers: {} }) => ({ headers: { ...store.headers, ...extra.headers, "x-forwarded-for": ip } })
    const lookup = (body: Record<string, unknown>, ip = "203.0.113.10") => outcome(api.post("/store/order-lookup", body, from(ip)))
    const cancel = (id: string, auth?: Headers) => outcome(api.post(`/store/orders/${id}/cancel`, {}, from("203.0.113.20", auth)))
    const variant = () => product.variants.find((v) => v.title === "Hũ 500 g")!.id

    beforeAll(async () => {
      const container = getContainer()
      ;({ store, regionId, admin } = await shopAndStaff(container))
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id"], pagination: { take: 1, order: { handle: "ASC" } } })
      producer = await producerSession(api, admin, data[0].id, "huy@htx-huy.test")
      product = (await api.post("/producer/products", producerProduct(), producer.auth)).data.product
      await api.post(`/admin/ocop/products/${product.id}/verification`, { action: "verify" }, admin)
    })

    function placeOrder(o: { provider?: string; auth?: Headers; email?: string; quantity?: number } = {}) {
      const headers = { headers: { ...store.headers, ...(o.auth?.headers ?? {}) } }
      const email = o.auth ? undefined : (o.email ?? "cuong@khach.test")
      return placedOrder(api, headers, { regionId, variantId: variant(), quantity: o.quantity ?? 2, address: ADDRESS, provider: o.provider ?? "pp_cod_ocop", email })
    }

    /** units of the product held for orders (what is not on sale any more) */
    async function reserved(): Promise<number> {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variant() },
      })
      const itemId = data[0].inventory_items![0]!.inventory_item_id
      const reservations = await inventory.listReservationItems({ inventory_item_id: itemId })
      return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
    }

    it("finds a guest's order by its number and the phone or e-mail, spelled as people type them; anything else is the same 404", async () => {
      const order = await placeOrder({ email: "Cuong@Khach.test" })
      for (const contact of ["0912 345 678", "+84 912 345 678", "84912345678", "cuong@khach.test", " CUONG@KHACH.TEST "]) {
        const found = await lookup({ order_number: order.display_id, contact })
        expect([contact, found.status, found.data]).toEqual([contact, 200, { order: { id: order.id, display_id: order.display_id } }])
      }
      // as a form posts it: the number as text
      expect((await lookup({ order_number: String(order.display_id), contact: "0912345678" })).status).toBe(200)

      const wrongPhone = await lookup({ order_number: order.display_id, contact: "0912 345 679" })
      const noSuchOrder = await lookup({ order_number: order.display_id + 100_000, contact: "0912 345 678" })
      expect(wrongPhone.status).toBe(404)
      expect([noSuchOrder.status, noSuchOrder.data]).toEqual([wrongPhone.status, wrongPhone.data])

      const bad = await lookup({ order_number: "abc", contact: "" })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.data)).toMatch(/order_number/)
      expect(JSON.stringify(bad.data)).toMatch(/contact/)
      const extra = await lookup({ order_number: order.display_id, contact: "0912345678", id: order.id })
      expect(extra.status).toBe(400)
    })

    it("stops guessing: failed look-ups are limited per device and per order number, a found order costs nothing", async () => {
      // the runner empties the order tables between tests, so order numbers start again at 1,
      // and the previous test spent a failed look-up on number 1: guess a number no test tried
      await placeOrder({ email: "guess@khach.test" })
      const order = await placeOrder({ email: "guess@khach.test" })
      expect(order.display_id).toBeGreaterThan(1)
      // many right answers from one device spend nothing
      for (let i = 0; i < 12; i++) expect((await lookup({ order_number: order.display_id, contact: "guess@khach.test" }, "198.51.100.1")).status).toBe(200)

      // one order number guessed from ten devices: the eleventh try is refused even with the right phone
      const guesses: number[] = []
      for (let i = 0; i < 10; i++) guesses.push((await lookup({ order_number: order.display_id, contact: `09${String(i).padStart(8, "0")}` }, `198.51.100.${10 + i}`)).status)
      expect(guesses).toEqual(Array(10).fill(404))
      const blocked = await lookup({ order_number: order.display_id, contact: "0912 345 678" }, "198.51.100.99")
      expect(blocked.status).toBe(429)
      expect(blocked.data).toMatchObject({ code: "too_many_lookups" })

      // one device guessing ten order numbers: its eleventh look-up is refused, another device is not
      const tries: number[] = []
      for (let i = 0; i < 10; i++) tries.push((await lookup({ order_number: 900_000 + i, contact: "0912 345 678" }, "198.51.100.200")).status)
      expect(tries).toEqual(Array(10).fill(404))
      expect((await lookup({ order_number: 900_100, contact: "0912 345 678" }, "198.51.100.200")).status).toBe(429)
      expect((await lookup({ order_number: 900_100, contact: "0912 345 678" }, "198.51.100.201")).status).toBe(404)
    })

    it("cancels a guest's order before it ships: stock back on sale, once; a shipped order stays", async () => {
      const before = await reserved()
      const order = await placeOrder({ quantity: 3 })
      expect(await reserved()).toBe(before + 3)

      const done = await cancel(order.id)
      expect(done).toEqual({ status: 200, data: { order: { id: order.id, status: "canceled" }, refund_due: null } })
      expect(await reserved()).toBe(before)
      const read = (await api.get(`/store/orders/${order.id}?fields=id,status`, store)).data.order
      expect(read.status).toBe("canceled")

      const again = await cancel(order.id)
      expect(again.status).toBe(400)
      expect(again.data).toMatchObject({ code: "already_canceled" })

      const shipped = await placeOrder()
      await api.post(`/producer/orders/${shipped.id}/ship`, { carrier: "Viettel Post" }, producer.auth)
      const late = await cancel(shipped.id)
      expect(late.status).toBe(400)
      expect(late.data).toMatchObject({ code: "already_shipped" })
      expect((await api.get(`/store/orders/${shipped.id}?fields=id,status`, store)).data.order.status).not.toBe("canceled")

      expect((await cancel("order_01NOSUCHORDER0000000000000")).status).toBe(404)
    })

    it("flags a bank transfer already received for staff to send back", async () => {
      const order = await placeOrder({ provider: "pp_vietqr_ocop", quantity: 1 })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["total", "payment_collections.payments.id"], filters: { id: order.id } })
      await api.post(`/admin/payments/${data[0].payment_collections![0]!.payments![0]!.id}/capture`, {}, admin)

      const done = await cancel(order.id)
      expect(done.status).toBe(200)
      expect(done.data.refund_due).toMatchObject({ provider: "vietqr", amount: Number(data[0].total), currency_code: "vnd" })
      const { data: after } = await query.graph({ entity: "order", fields: ["status", "metadata"], filters: { id: order.id } })
      expect(after[0].status).toBe("canceled")
      expect((after[0].metadata as Record<string, unknown>).ocop_refund_due).toMatchObject({ provider: "vietqr", amount: Number(data[0].total) })

      // an unpaid transfer has nothing to send back
      const unpaid = await placeOrder({ provider: "pp_vietqr_ocop", quantity: 1 })
      expect((await cancel(unpaid.id)).data.refund_due).toBeNull()
    })

    it("cancels a registered customer's order only from that account", async () => {
      const email = "dung@khach.test"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "khach-123456" })
      await api.post("/store/customers", { email, first_name: "Dũng" }, { headers: { ...store.headers, ...bearer(reg.token).headers } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "khach-123456" })
      const dung = bearer(login.token)
      const order = await placeOrder({ auth: dung })

      const { data: reg2 } = await api.post("/auth/customer/emailpass/register", { email: "other@khach.test", password: "khach-123456" })
      await api.post("/store/customers", { email: "other@khach.test" }, { headers: { ...store.headers, ...bearer(reg2.token).headers } })
      const { data: login2 } = await api.post("/auth/customer/emailpass", { email: "other@khach.test", password: "khach-123456" })

      const anonymous = await cancel(order.id)
      expect(anonymous.status).toBe(401)
      expect(anonymous.data).toMatchObject({ code: "sign_in_required" })
      expect((await cancel(order.id, bearer(login2.token))).status).toBe(401)
      expect((await cancel(order.id, dung)).status).toBe(200)
    })
  },
})
