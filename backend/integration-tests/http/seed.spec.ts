import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildCatalogue } from "@ocop/seed"
import { rebuildIndexes } from "../../src/lib/search/rebuild"
import seed from "../../src/scripts/seed"
import { DEMO_MEMBER } from "../../src/scripts/seed/demo-work"
import { adminHeaders } from "../helpers"
import { PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed/store"

jest.setTimeout(10 * 60 * 1000)

const TABLE_COUNTS = `select
  (select count(*) from product where deleted_at is null) as products,
  (select count(*) from product_variant where deleted_at is null) as variants,
  (select count(*) from producer where deleted_at is null) as producers,
  (select count(*) from sales_point where deleted_at is null) as sales_points,
  (select count(*) from fair where deleted_at is null) as fairs,
  (select count(*) from inventory_level where deleted_at is null) as stock_levels,
  (select count(*) from region where deleted_at is null) as regions,
  (select count(*) from api_key where deleted_at is null) as keys,
  (select count(*) from shipping_option where deleted_at is null) as shipping_options`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    // the tables' counts, and the products linked to a producer read through the
    // link (links/product-producer.ts), not its generated table
    const counts = async () => {
      const [tables] = (await dbConnection.raw(TABLE_COUNTS)).rows
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "producer.id"] })
      return { ...tables, product_links: data.filter((p) => p.producer?.id).length }
    }

    it("loads the whole demo catalogue once, however often it runs, and serves it with OCOP metadata", async () => {
      const container = getContainer()
      const catalogue = buildCatalogue(new Date().toISOString().slice(0, 10))
      process.env.OCOP_KEY_FILE = ""
      process.env.OCOP_DEMO_WORK = "true"

      // a live index first, as npm start does, so the loader's events are taken in
      await rebuildIndexes(container, ["product"], { onlyIfNeeded: true })
      await seed({ container, args: [] })
      const first = await counts()
      expect(Number(first.products)).toBe(catalogue.products.length)
      expect(Number(first.producers)).toBe(catalogue.producers.length)
      expect(Number(first.product_links)).toBe(catalogue.products.length)
      expect(Number(first.sales_points)).toBe(catalogue.salesPoints.length)
      expect(Number(first.fairs)).toBe(catalogue.fairs.length)
      expect(Number(first.stock_levels)).toBe(Number(first.variants))
      expect(Number(first.regions)).toBe(2)

      await seed({ container, args: [] })
      const second = await counts()
      expect(second).toEqual(first)

      // the storefront's key sees the published catalogue with its metadata
      const { data: keys } = await container.resolve("query").graph({
        entity: "api_key",
        fields: ["token"],
        filters: { type: "publishable", title: PUBLISHABLE_KEY_TITLE },
      })
      const headers = { "x-publishable-api-key": keys[0].token }
      const { data } = await api.get("/store/products?handle=mien-dong-tai-hoan&fields=title,%2Bmetadata", { headers })
      expect(data.products[0].metadata).toMatchObject({
        ocop_stars: 5,
        ocop_province: "thai-nguyen",
        ocop_legacy_province: "Bắc Kạn",
        ocop_group: "food",
      })
      expect(data.products[0].metadata.ocop_certificate.number).toMatch(/QĐ/)

      // the demo's work in progress: the producer member signs in and finds a job waiting
      const { data: login } = await api.post("/auth/producer/emailpass", { email: DEMO_MEMBER.email, password: DEMO_MEMBER.password })
      const member = { headers: { authorization: `Bearer ${login.token}` } }
      expect((await api.get("/producer/attention", member)).data).toEqual({ orders_to_ship: 2, products_rejected: 1, products_pending: 1 })
      const { data: orders } = await api.get("/producer/orders", member)
      expect(orders.counts).toEqual({ all: 4, to_ship: 2 })
      const methods = orders.orders.map((o) => [o.status, o.payment_method, o.to_ship > 0, o.shipments.map((s) => s.tracking_number)])
      expect(methods).toEqual(
        expect.arrayContaining([
          ["pending", "cod", true, []],
          ["pending", "vietqr", true, []],
          ["pending", "cod", false, ["VTP1234567890"]],
          ["canceled", "cod", expect.any(Boolean), []],
        ])
      )
      // staff find the renewal in their queue (and the rejected upgrade), the issued stamps and the request for more
      const admin = await adminHeaders(getContainer())
      const pending = (await api.get("/admin/ocop/verifications?status=pending", admin)).data.products
      expect(pending.map((p) => p.certificate.number)).toContain("2150/QĐ-UBND")
      const rejected = (await api.get("/admin/ocop/verifications?status=rejected", admin)).data.products
      expect(rejected.map((p) => p.certificate.number)).toContain("2151/QĐ-UBND")
      const batches = (await api.get("/producer/stamp-batches", member)).data.batches
      expect(batches.map((b) => [b.status, b.quantity])).toEqual(expect.arrayContaining([["issued", 44], ["requested", 200]]))
      // the printed codes of the catalogue trace their products
      const stamped = buildCatalogue(new Date().toISOString().slice(0, 10)).products[0]
      const trace = (await api.get(`/store/trace/${stamped.trace_code}`, { headers })).data
      expect(trace.product.handle).toBe(stamped.handle)
    })
  },
})
