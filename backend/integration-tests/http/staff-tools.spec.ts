import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, EXPIRY_WARNING_DAYS } from "@ocop/shared"
import { adminHeaders, seededShop } from "../helpers"
import { warnAboutCertificates } from "../../src/lib/producer/certificate-warnings"

jest.setTimeout(15 * 60 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    const failure = (p: Promise<unknown>) => p.then(() => ({ status: 200, data: null }), (e) => ({ status: e.response?.status, data: e.response?.data }))

    beforeAll(async () => {
      ;({ store } = await seededShop(getContainer()))
      admin = await adminHeaders(getContainer())
    })

    it("lets staff create, change and delete producers, refusing bad fields and producers that still sell", async () => {
      const bad = await failure(api.post("/admin/producers", { handle: "HTX Mới", name: "H", type: "coop", province: "bac-kan", owner: "x" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/unknown field\(s\): owner/)
      const bad2 = await failure(api.post("/admin/producers", { handle: "HTX Mới", name: "H", type: "coop", province: "bac-kan" }, admin))
      expect(bad2.data.message).toMatch(/handle .*lower-case/)
      expect(bad2.data.message).toMatch(/province/)

      const { data } = await api.post("/admin/producers", { handle: "htx-mat-ong-khoai-chau", name: "HTX Mật ong Khoái Châu", type: "cooperative", province: "hung-yen", email: "htx@khoaichau.vn" }, admin)
      expect(data.producer.id).toMatch(/^pdc_/)
      const changed = (await api.post(`/admin/producers/${data.producer.id}`, { phone: "0221 3910 123" }, admin)).data.producer
      expect(changed).toMatchObject({ phone: "0221 3910 123", name: "HTX Mật ong Khoái Châu" })
      const found = (await api.get("/admin/producers?q=kho%C3%A1i%20ch%C3%A2u", admin)).data
      expect(found.producers.map((p) => p.id)).toEqual([data.producer.id])
      // the public producer page follows
      expect((await api.get("/store/producers/htx-mat-ong-khoai-chau", store)).data.producer.phone).toBe("0221 3910 123")

      const seller = (await api.get("/admin/producers?limit=1", admin)).data.producers[0]
      const refused = await failure(api.delete(`/admin/producers/${seller.id}`, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/still has \d+ product/)
      await api.delete(`/admin/producers/${data.producer.id}`, admin)
      expect((await failure(api.get(`/admin/producers/${data.producer.id}`, admin))).status).toBe(404)
    })

    it("keeps sales points inside Vietnam and shows changes on the map list", async () => {
      const outside = await failure(api.post("/admin/sales-points", { handle: "diem-ban-moi", name: "Điểm bán mới", type: "point", province: "ha-noi", address: "1 Tràng Tiền", latitude: 48.85, longitude: 2.35 }, admin))
      expect(outside.status).toBe(400)
      expect(outside.data.message).toMatch(/latitude must lie within Vietnam/)
      const { data } = await api.post("/admin/sales-points", { handle: "diem-ban-moi", name: "Điểm bán mới", type: "point", province: "ha-noi", address: "1 Tràng Tiền", latitude: 21.0245, longitude: 105.8572 }, admin)
      const moved = await failure(api.post(`/admin/sales-points/${data.sales_point.id}`, { longitude: 200 }, admin))
      expect(moved.status).toBe(400)
      await api.post(`/admin/sales-points/${data.sales_point.id}`, { opening_hours: "8:00–21:00" }, admin)
      const publicList = (await api.get("/store/sales-points?province=ha-noi", store)).data
      expect(publicList.sales_points.find((p) => p.handle === "diem-ban-moi")).toMatchObject({ opening_hours: "8:00–21:00" })
    })

    it("builds a fair catalogue in booth order from exhibitors' products, and publishes it", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "products.id"], pagination: { take: 3, order: { handle: "DESC" } } })
      const { data } = await api.post("/admin/fairs", { handle: "hoi-cho-thu", name: "Hội chợ thử", starts_at: "2027-03-01T08:00:00Z", ends_at: "2027-02-01T08:00:00Z", venue: "Cung Văn hóa", province: "ha-noi", organiser: "Sở Công Thương" }, admin).catch((e) => e.response)
      expect(data.message).toMatch(/ends_at must not be before starts_at/)
      const fair = (await api.post("/admin/fairs", { handle: "hoi-cho-thu", name: "Hội chợ thử", starts_at: "2027-03-01T08:00:00Z", ends_at: "2027-03-05T20:00:00Z", venue: "Cung Văn hóa", province: "ha-noi", organiser: "Sở Công Thương", published: false }, admin)).data.fair
      expect((await failure(api.get("/store/fairs/hoi-cho-thu", store))).status).toBe(404)

      // the demo's producers each sell products: their first product id
      const firstProduct = (p: (typeof producers)[number]) => p.products![0]!.id
      const [p1, p2, p3] = producers
      const stray = await failure(api.post(`/admin/fairs/${fair.id}/catalogue`, { exhibitors: [{ producer_id: p1.id, booth: "A01" }], product_ids: [firstProduct(p2)] }, admin))
      expect(stray.status).toBe(400)
      expect(stray.data.message).toMatch(/add their producer as an exhibitor first/)
      const sameBooth = await failure(api.post(`/admin/fairs/${fair.id}/catalogue`, { exhibitors: [{ producer_id: p1.id, booth: "A01" }, { producer_id: p2.id, booth: "A01" }], product_ids: [] }, admin))
      expect(sameBooth.data.message).toMatch(/same booth/)

      const body = { exhibitors: [{ producer_id: p2.id, booth: "B02" }, { producer_id: p1.id, booth: "A01" }], product_ids: [firstProduct(p1), firstProduct(p2)] }
      const { catalogue } = (await api.post(`/admin/fairs/${fair.id}/catalogue`, body, admin)).data
      expect(catalogue.exhibitors.map((e) => [e.producer_id, e.booth])).toEqual([[p2.id, "B02"], [p1.id, "A01"]])
      expect(catalogue.products.map((p) => p.product_id)).toEqual(body.product_ids)
      // replacing drops what is no longer listed
      const again = (await api.post(`/admin/fairs/${fair.id}/catalogue`, { exhibitors: [{ producer_id: p3.id, booth: "C03" }], product_ids: [] }, admin)).data.catalogue
      expect(again.exhibitors.map((e) => e.producer_id)).toEqual([p3.id])
      expect(again.products).toEqual([])

      await api.post(`/admin/fairs/${fair.id}`, { published: true }, admin)
      const shown = (await api.get("/store/fairs/hoi-cho-thu", store)).data
      expect(shown.fair.name).toBe("Hội chợ thử")
    })

    it("warns producers once about certificates ending within 60 days and about those that ended", async () => {
      const today = new Date().toISOString().slice(0, 10)
      // the demo producers list no e-mail; give them one so the warnings have somewhere to go
      await dbConnection.raw(`update producer set email = handle || '@ocop.test'`)
      // what should be warned about, read through the producer link (links/product-producer.ts), not its generated table
      const { data: onSale } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["metadata", "producer.email"],
        filters: { status: "published" },
      })
      const expected = onSale.filter((p) => {
        const cert = p.metadata?.ocop_certificate as { revoked_at?: string | null; expires_at?: string } | undefined
        return !!p.producer?.email && !!cert?.expires_at && !cert.revoked_at && cert.expires_at >= today && cert.expires_at <= addDays(today, EXPIRY_WARNING_DAYS)
      }).length
      const first = await warnAboutCertificates(getContainer(), today)
      expect(first.expiring).toBeGreaterThan(0)
      expect(expected).toBeGreaterThan(0)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const mails = await notifications.listNotifications({ template: "ocop-certificate-expiring" })
      expect(mails.length).toBe(expected)
      expect(mails.every((m) => m.data?.expires_at && String(m.data.expires_at) <= addDays(today, EXPIRY_WARNING_DAYS))).toBe(true)
      // the job runs every night: nobody gets the same warning twice
      const second = await warnAboutCertificates(getContainer(), today)
      expect(second.sent).toBe(0)
      expect((await notifications.listNotifications({ template: "ocop-certificate-expiring" })).length).toBe(expected)
    })
  },
})
