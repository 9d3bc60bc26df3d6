import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seededShop } from "../helpers"
import { buildCatalogue } from "@ocop/seed"
import { distanceKm, fairStatus } from "@ocop/shared"

jest.setTimeout(10 * 60 * 1000)

// The store routes behind the shop's producer, sales-point, fair and trace pages, on the demo catalogue.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const catalogue = buildCatalogue(new Date().toISOString().slice(0, 10))
    const get = (path: string) => api.get(path, store).then((r) => r.data)
    const refused = (path: string) => api.get(path, store).catch((e) => e.response)

    beforeAll(async () => {
      ;({ store } = await seededShop(getContainer()))
    })

    it("serves a producer's public profile and nothing private", async () => {
      const seedProducer = catalogue.producers.find((p) => p.handle === "htx-nong-nghiep-tai-hoan")!
      const { producer } = await get("/store/producers/htx-nong-nghiep-tai-hoan")
      expect(producer).toMatchObject({ name: seedProducer.name, province: seedProducer.province, type: seedProducer.type })
      expect(producer).not.toHaveProperty("email")
      expect(producer).not.toHaveProperty("metadata")
      const { producers, count } = await get("/store/producers?province=thai-nguyen")
      expect(count).toBe(catalogue.producers.filter((p) => p.province === "thai-nguyen").length)
      expect(producers.every((p: { province: string }) => p.province === "thai-nguyen")).toBe(true)
      expect((await refused("/store/producers/khong-co")).status).toBe(404)
      const bad = await refused("/store/producers?province=bac-kan")
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("province")])
    })

    it("lists sales points by province and type, nearest first, and only those stocking every asked-for product", async () => {
      const all = await get("/store/sales-points")
      expect(all.count).toBe(catalogue.salesPoints.length)
      const hanoi = await get("/store/sales-points?province=ha-noi&type=centre")
      const expected = catalogue.salesPoints.filter((s) => s.province === "ha-noi" && s.type === "centre")
      expect(hanoi.sales_points.map((s: { handle: string }) => s.handle).sort()).toEqual(expected.map((s) => s.handle).sort())

      const here = { lat: 10.7769, lng: 106.7009 }
      const near = (await get(`/store/sales-points?lat=${here.lat}&lng=${here.lng}`)).sales_points
      const km = near.map((s: { distance_km: number }) => s.distance_km)
      expect(km).toEqual([...km].sort((a, b) => a - b))
      const nearest = [...catalogue.salesPoints].sort((a, b) => distanceKm(here, a) - distanceKm(here, b))[0]
      expect(near[0].handle).toBe(nearest.handle)

      const point = (await get(`/store/sales-points/${nearest.handle}`)) as { products: { id: string; handle: string }[] }
      expect(point.products.map((p) => p.handle).sort()).toEqual([...nearest.productHandles].sort())
      const two = point.products.slice(0, 2).map((p) => p.id)
      const stocking = (await get(`/store/sales-points?product_id=${two.join(",")}`)).sales_points.map((s: { handle: string }) => s.handle)
      const twoHandles = point.products.slice(0, 2).map((p) => p.handle)
      expect(stocking.sort()).toEqual(
        catalogue.salesPoints.filter((s) => twoHandles.every((h) => s.productHandles.includes(h))).map((s) => s.handle).sort()
      )

      for (const [query, words] of [
        ["lat=48.85&lng=2.35", "inside Vietnam"],
        ["lat=21", "lat and lng go together"],
        ["type=kiosk", "type"],
        ["product_id=abc", "product ids"],
        ["near=me", "unknown parameter"],
      ]) {
        const res = await refused(`/store/sales-points?${query}`)
        expect([query, res.status, res.data.message]).toEqual([query, 400, expect.stringContaining(words)])
      }
    })

    it("lists fairs running, upcoming and past, and serves a fair's catalogue in booth order", async () => {
      const { fairs } = await get("/store/fairs")
      expect(fairs).toHaveLength(catalogue.fairs.length)
      for (const f of fairs) expect(f.status).toBe(fairStatus(f))
      const order = fairs.map((f: { status: string }) => f.status)
      expect(order).toEqual([...order].sort((a, b) => ["current", "upcoming", "past"].indexOf(a) - ["current", "upcoming", "past"].indexOf(b)))
      expect((await get("/store/fairs?status=past")).fairs.every((f: { status: string }) => f.status === "past")).toBe(true)

      const seedFair = catalogue.fairs[0]
      const { fair, exhibitors, product_count } = await get(`/store/fairs/${seedFair.handle}`)
      expect(fair.name).toBe(seedFair.name)
      expect(exhibitors.map((e: { booth: string }) => e.booth)).toEqual(seedFair.exhibitors.map((e) => e.booth))
      expect(exhibitors.map((e: { producer: { handle: string } }) => e.producer.handle)).toEqual(seedFair.exhibitors.map((e) => e.producerHandle))
      for (const e of exhibitors) for (const p of e.products) expect(p.producer).toBe(e.producer.handle)
      expect(product_count).toBe(seedFair.productHandles.length)
      expect((await refused("/store/fairs/khong-co")).status).toBe(404)
      expect((await refused("/store/fairs?status=soon")).status).toBe(400)
    })

    it("traces a product from the code printed on its stamp before the registry, case-insensitively, and refuses codes that cannot exist", async () => {
      const product = catalogue.products.find((p) => p.handle === "mien-dong-tai-hoan")!
      const code = product.trace_code
      const trace = await get(`/store/trace/${code.toLowerCase()}`)
      expect(trace).toMatchObject({
        serial: code,
        url: expect.stringMatching(new RegExp(`/truy-xuat/${code}$`)),
        product: { handle: "mien-dong-tai-hoan" },
        producer: { handle: "htx-nong-nghiep-tai-hoan" },
        origin: { province: "thai-nguyen", legacy_province: "Bắc Kạn" },
        certificate: { number: product.metadata.ocop_certificate.number, status: "valid", public_stars: product.metadata.ocop_stars },
      })
      expect(trace.producer).not.toHaveProperty("email")
      expect((await refused("/store/trace/ZZ-1999-0000")).status).toBe(404)
      const bad = await refused(`/store/trace/${encodeURIComponent("<script>")}`)
      expect(bad.status).toBe(404)
    })

    it("shows a product's producer on the store product route, but only its public fields", async () => {
      const { products } = await get("/store/products?handle=mien-dong-tai-hoan&fields=id,+producer.name,+producer.handle,+producer.email")
      expect(products[0].producer).toEqual(expect.objectContaining({ name: "HTX Nông nghiệp Tài Hoan", handle: "htx-nong-nghiep-tai-hoan" }))
      expect(products[0].producer).not.toHaveProperty("email")
    })
  },
})
