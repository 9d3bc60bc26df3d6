import type { NotificationDTO } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProducerProductView } from "@ocop/shared"
import { type Headers, placedOrder, shopAndStaff } from "../helpers"
import type ProducerModuleService from "../../src/modules/producer/service"
import { bearer, producerProduct, producerSession } from "../producer"
import { PRODUCER_MODULE } from "../../src/modules/producer"

jest.setTimeout(15 * 60 * 1000)

// Producers doing their whole job on a phone: the order card says what the
// courier collects and where the parcel goes, the list filters what is left to
// ship, carrier and tracking reach the buyer, invitations name the producer,
// and a forgotten password is reset by e-mail.

const ADDRESS = { first_name: "Trần Thị Bình", phone: "0987 654 321", province: "ha-noi", city: "Phường Ba Đình", address_1: "5 Điện Biên Phủ", country_code: "vn" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let a: { auth: Headers; inviteToken: string }
    let b: { auth: Headers }
    let producerA: { id: string; name: string }
    let productA: ProducerProductView
    let productB: ProducerProductView

    const failure = (p: Promise<unknown>) => p.then(() => ({ status: 200, data: null }), (e) => ({ status: e.response?.status as number, data: e.response?.data }))
    const outcome = (p: Promise<{ status: number; data: unknown }>) => p.then((r) => ({ status: r.status, data: r.data }), (e) => ({ status: e.response?.status as number, data: e.response?.data }))
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION)
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

    /** Notifications are sent by subscribers, after the request has answered: wait for them. */
    async function sent(filters: Record<string, unknown>, atLeast = 1) {
      let found: NotificationDTO[] = []
      for (let i = 0; i < 80; i++) {
        found = await notifications().listNotifications(filters, { order: { created_at: "ASC" } })
        if (found.length >= atLeast) return found
        await sleep(250)
      }
      return found
    }

    beforeAll(async () => {
      const container = getContainer()
      ;({ store, regionId, admin } = await shopAndStaff(container))
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "handle", "name"], pagination: { take: 2, order: { handle: "ASC" } } })
      producerA = { id: data[0].id, name: data[0].name }
      a = await producerSession(api, admin, data[0].id, "a@htx-a.test")
      b = await producerSession(api, admin, data[1].id, "b@htx-b.test")
      productA = (await api.post("/producer/products", producerProduct(), a.auth)).data.product
      productB = (await api.post("/producer/products", producerProduct({ title: "Chè búp Tân Cương", variants: [{ title: "Gói 200 g", price: 120000, stock: 30 }] }), b.auth)).data.product
      for (const p of [productA, productB]) await api.post(`/admin/ocop/products/${p.id}/verification`, { action: "verify" }, admin)
    })

    const variantA = () => productA.variants.find((v) => v.title === "Hũ 500 g")!.id

    /** A shopper's checkout with several lines, standard home delivery and the given payment. */
    const placeOrder = (lines: { variant_id: string; quantity: number }[], provider = "pp_cod_ocop") =>
      placedOrder(api, store, { regionId, lines, address: ADDRESS, provider, email: "binh@khach.test" })

    /** What the buyer's order page reads (Medusa's store route: the order id is the key). */
    const buyerOrder = async (id: string) =>
      (await api.get(`/store/orders/${id}?fields=id,total,item_total,shipping_total`, store)).data.order

    it("shows a COD order as the courier needs it: payment method, what the buyer pays with delivery, what to collect, the province's name", async () => {
      const order = await placeOrder([{ variant_id: variantA(), quantity: 2 }])
      const card = (await api.get(`/producer/orders/${order.id}`, a.auth)).data.order
      const bought = await buyerOrder(order.id)
      expect(bought.shipping_total).toBeGreaterThan(0)
      expect(card).toMatchObject({
        payment_method: "cod",
        items_total: 370000,
        total: 370000,
        buyer_total: 370000 + bought.shipping_total,
        collect_on_delivery: 370000 + bought.shipping_total,
      })
      expect(card.buyer_total).toBe(bought.total)
      expect(card.ship_to).toMatchObject({ name: "Trần Thị Bình", province: "ha-noi", province_name: "Hà Nội" })
      expect(card.ship_to.phone).toMatch(/^0987\s?654\s?321$|^0987654321$/)
      expect(card.ship_to.address).toBe("5 Điện Biên Phủ, Phường Ba Đình")
      expect(card.shipments).toEqual([])

      // once staff record the cash as received, the courier has nothing left to collect
      const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const paymentId = orders[0].payment_collections![0]!.payments![0]!.id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      const paid = (await api.get(`/producer/orders/${order.id}`, a.auth)).data.order
      expect(paid.payment_method).toBe("cod")
      expect(paid.buyer_total).toBe(card.buyer_total)
      expect(paid.collect_on_delivery).toBe(0)

      // paid by transfer: nothing to collect at the door
      const transfer = await placeOrder([{ variant_id: variantA(), quantity: 1 }], "pp_vietqr_ocop")
      const qr = (await api.get(`/producer/orders/${transfer.id}`, a.auth)).data.order
      expect(qr).toMatchObject({ payment_method: "vietqr", collect_on_delivery: 0, items_total: 185000 })
      expect(qr.buyer_total).toBe((await buyerOrder(transfer.id)).total)
    })

    it("filters the orders left to ship and counts both lists; canceled orders are not to ship", async () => {
      const first = await placeOrder([{ variant_id: variantA(), quantity: 1 }])
      const second = await placeOrder([{ variant_id: variantA(), quantity: 1 }])
      const third = await placeOrder([{ variant_id: variantA(), quantity: 1 }])
      const list = async (q = "") => (await api.get(`/producer/orders${q}`, a.auth)).data

      const all = await list()
      expect(all.counts).toEqual({ all: 3, to_ship: 3 })
      expect(all.count).toBe(3)

      await api.post(`/producer/orders/${first.id}/ship`, {}, a.auth)
      await api.post(`/admin/orders/${third.id}/cancel`, {}, admin)

      const toShip = await list("?status=to_ship")
      expect(toShip.orders.map((o) => o.id)).toEqual([second.id])
      expect(toShip.count).toBe(1)
      expect(toShip.counts).toEqual({ all: 3, to_ship: 1 })
      const everything = await list("?status=all")
      expect(everything.orders.map((o) => o.id).sort()).toEqual([first.id, second.id, third.id].sort())
      expect(everything.count).toBe(3)
      // paging counts the filtered list
      const page = await list("?status=to_ship&limit=1&offset=1")
      expect(page).toMatchObject({ orders: [], count: 1, limit: 1, offset: 1 })

      const bad = await failure(api.get("/producer/orders?status=shipped", a.auth))
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.data)).toMatch(/status/)
      // another producer sees none of them
      expect((await api.get("/producer/orders?status=to_ship", b.auth)).data).toMatchObject({ orders: [], count: 0, counts: { all: 0, to_ship: 0 } })
    })

    it("keeps each producer's carrier and tracking number, and shows them to the buyer with the lines each parcel holds", async () => {
      const order = await placeOrder([
        { variant_id: variantA(), quantity: 2 },
        { variant_id: productB.variants[0].id, quantity: 1 },
      ])
      const shippedA = (await api.post(`/producer/orders/${order.id}/ship`, { carrier: "Viettel Post", tracking_number: "VTP123456789" }, a.auth)).data.order
      expect(shippedA.to_ship).toBe(0)
      expect(shippedA.items.map((i) => i.product_id)).toEqual([productA.id])
      expect(shippedA.shipments).toHaveLength(1)
      expect(shippedA.shipments[0]).toMatchObject({ carrier: "Viettel Post", tracking_number: "VTP123456789" })
      expect(Date.parse(shippedA.shipments[0].shipped_at)).toBeGreaterThan(Date.now() - 10 * 60_000)

      // the tracking number is Medusa's fulfillment label too (what the admin shows)
      const { data: stored } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["fulfillments.labels.tracking_number", "fulfillments.metadata"], filters: { id: order.id } })
      expect(stored[0].fulfillments!.flatMap((f) => f!.labels!.map((l) => l!.tracking_number))).toEqual(["VTP123456789"])
      expect(stored[0].fulfillments![0]!.metadata).toMatchObject({ ocop_carrier: "Viettel Post" })

      // B still has its line to ship and sees none of A's parcels
      const viewB = (await api.get(`/producer/orders/${order.id}`, b.auth)).data.order
      expect(viewB.to_ship).toBe(1)
      expect(viewB.shipments).toEqual([])
      const shippedB = (await api.post(`/producer/orders/${order.id}/ship`, { carrier: "Giao Hàng Nhanh" }, b.auth)).data.order
      expect(shippedB.shipments).toEqual([{ carrier: "Giao Hàng Nhanh", tracking_number: null, shipped_at: expect.any(String) }])
      expect((await api.get(`/producer/orders/${order.id}`, a.auth)).data.order.shipments).toHaveLength(1)

      // the buyer, with the order's id as on the order page, sees both parcels
      const { shipments } = (await api.get(`/store/orders/${order.id}/shipments`, store)).data
      expect(shipments).toHaveLength(2)
      const byCarrier = Object.fromEntries(shipments.map((s) => [s.carrier, s]))
      expect(byCarrier["Viettel Post"]).toMatchObject({ tracking_number: "VTP123456789", items: [{ title: expect.any(String), quantity: 2, line_item_id: expect.any(String) }] })
      expect(byCarrier["Giao Hàng Nhanh"]).toMatchObject({ tracking_number: null, items: [{ quantity: 1 }] })
      const unknown = await failure(api.get(`/store/orders/order_01AAAAAAAAAAAAAAAAAAAAAAAA/shipments`, store))
      expect(unknown.status).toBe(404)
      // the store route needs the shop's publishable key like every /store route
      expect((await failure(api.get(`/store/orders/${order.id}/shipments`))).status).toBe(400)
    })

    it("counts what needs the producer's attention: orders to ship, products rejected or awaiting verification", async () => {
      const attention = async () => (await api.get("/producer/attention", a.auth)).data
      expect(await attention()).toEqual({ orders_to_ship: 0, products_rejected: 0, products_pending: 0 })

      const order = await placeOrder([{ variant_id: variantA(), quantity: 1 }])
      const pending = (await api.post("/producer/products", producerProduct({ title: "Mật ong bạc hà Hà Giang" }), a.auth)).data.product
      expect(await attention()).toEqual({ orders_to_ship: 1, products_rejected: 0, products_pending: 1 })

      await api.post(`/admin/ocop/products/${pending.id}/verification`, { action: "reject", note: "Số quyết định không khớp bản scan" }, admin)
      await api.post(`/producer/orders/${order.id}/ship`, { tracking_number: "GHN1" }, a.auth)
      expect(await attention()).toEqual({ orders_to_ship: 0, products_rejected: 1, products_pending: 0 })
      // another producer's badges are its own
      expect((await api.get("/producer/attention", b.auth)).data).toEqual({ orders_to_ship: 0, products_rejected: 0, products_pending: 0 })
      expect((await failure(api.get("/producer/attention"))).status).toBe(401)
    })

    it("names the producer on an invitation link and says whether it can still be used", async () => {
      const { data: invited } = await api.post(`/admin/producers/${producerA.id}/invites`, { email: "d@htx-a.test" }, admin)
      const token = new URL(invited.invite_url).searchParams.get("token")!
      const open = (await api.get(`/producer-invites/${encodeURIComponent(token)}`)).data
      expect(open).toEqual({ invite: { email: "d@htx-a.test", producer: { name: producerA.name }, expires_at: expect.any(String), status: "open" } })
      expect(Date.parse(open.invite.expires_at)).toBeGreaterThan(Date.now() + 13 * 86_400_000)

      expect((await api.get(`/producer-invites/${encodeURIComponent(a.inviteToken)}`)).data.invite).toMatchObject({ email: "a@htx-a.test", status: "used" })

      const service = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const [invite] = await service.listProducerInvites({ email: "d@htx-a.test" })
      await service.updateProducerInvites({ id: invite.id, expires_at: new Date(Date.now() - 1000) })
      expect((await api.get(`/producer-invites/${encodeURIComponent(token)}`)).data.invite.status).toBe("expired")

      for (const guess of [token.slice(0, -2) + "xx", "khong-co-loi-moi-nay-1234", "x"]) {
        const r = await failure(api.get(`/producer-invites/${encodeURIComponent(guess)}`))
        expect([guess, r.status]).toEqual([guess, 404])
      }
    })

    it("resets a forgotten password by e-mail, once per link; unknown addresses answer the same and get nothing", async () => {
      const email = "a@htx-a.test"
      const ask = (identifier: string) => outcome(api.post("/auth/producer/emailpass/reset-password", { identifier }))
      const signIn = (password: string) => outcome(api.post("/auth/producer/emailpass", { email, password }))
      // a shopper's login that is no producer member, and an address nobody uses
      await api.post("/auth/customer/emailpass/register", { email: "khach@mua.test", password: "khach-123456" })

      const [known, unknown, shopper] = await Promise.all([ask(email), ask("nobody@htx-a.test"), ask("khach@mua.test")])
      expect(known.status).toBe(201)
      expect([unknown.status, unknown.data]).toEqual([known.status, known.data])
      expect([shopper.status, shopper.data]).toEqual([known.status, known.data])

      const [mail] = await sent({ to: email, template: "ocop-producer-password-reset" })
      expect(mail).toBeDefined()
      const url = new URL(mail.data!.reset_url as string)
      expect(url.pathname).toBe("/kenh-nguoi-ban/dat-lai-mat-khau")
      expect(url.searchParams.get("email")).toBe(email)
      expect(mail.data!.producer_name).toBe(producerA.name)
      const token = url.searchParams.get("token")!
      // the other two requests went through the same subscriber by now; nothing went to them
      await sleep(1000)
      expect(await notifications().listNotifications({ to: ["nobody@htx-a.test", "khach@mua.test"] })).toEqual([])
      expect(await notifications().listNotifications({ template: "ocop-producer-password-reset" })).toHaveLength(1)

      // as the portal's reset page sends it (the e-mail from the link rides along; the token decides whose password)
      const update = (t: string, password: string) => outcome(api.post("/auth/producer/emailpass/update", { email, password }, bearer(t)))
      const changed = await update(token, "mat-khau-moi-7")
      expect(changed).toEqual({ status: 200, data: { success: true } })
      expect((await signIn("mat-khau-9")).status).toBe(401)
      const fresh = await signIn("mat-khau-moi-7")
      expect(fresh.status).toBe(200)
      expect((await api.get("/producer/me", bearer(fresh.data.token))).data.member.email).toBe(email)

      // the same link a second time changes nothing
      expect((await update(token, "ke-la-doan-duoc")).status).toBe(401)
      expect((await signIn("ke-la-doan-duoc")).status).toBe(401)
      // a sign-in token is not a reset token
      expect((await update(fresh.data.token, "ke-la-doan-duoc")).status).toBe(401)

      // a new link sent twice at the same moment changes the password once
      await ask(email)
      const mails = await sent({ to: email, template: "ocop-producer-password-reset" }, 2)
      expect(mails).toHaveLength(2)
      const second = new URL(mails[1].data!.reset_url as string).searchParams.get("token")!
      expect(second).not.toBe(token)
      const race = await Promise.all([update(second, "mat-khau-thu-ba-1"), update(second, "mat-khau-thu-ba-2")])
      expect(race.map((r) => r.status).sort()).toEqual([200, 401])
      const winner = race[0].status === 200 ? "mat-khau-thu-ba-1" : "mat-khau-thu-ba-2"
      const loser = winner.endsWith("1") ? "mat-khau-thu-ba-2" : "mat-khau-thu-ba-1"
      expect((await signIn(winner)).status).toBe(200)
      expect((await signIn(loser)).status).toBe(401)
    })
  },
})
