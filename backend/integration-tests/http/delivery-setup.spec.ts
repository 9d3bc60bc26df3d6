import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_OPTIONS, deliveryRate, WAREHOUSES } from "@ocop/shared"
import { rebuildIndexes } from "../../src/lib/search/rebuild"
import setUpDelivery from "../../src/migration-scripts/ocop-delivery-setup"
import { adminHeaders, productBody, validMetadata } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

const COUNTS = `select
  (select count(*) from product where deleted_at is null) as products,
  (select count(*) from stock_location where deleted_at is null) as warehouses,
  (select count(*) from shipping_option where deleted_at is null) as shipping_options`

const ADDRESS = { first_name: "Nguyễn Văn An", phone: "0912 345 678", province: "lao-cai", city: "Phường Cam Đường", address_1: "1 Hoàng Liên", country_code: "vn" }

// A shop without the demo catalogue: the migration script alone gives it its warehouses and
// delivery options (npm start runs it in `medusa db:migrate`; the test runner runs no
// migration scripts, so this spec calls it as Medusa would).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("sets up the warehouses and delivery options once, on a database without demo data, and prices them by zone", async () => {
      const container = getContainer()
      // a live index first, as npm start builds it, so the product added below is taken in
      await rebuildIndexes(container, ["product"], { onlyIfNeeded: true })
      await setUpDelivery({ container, args: [] })
      const [first] = (await dbConnection.raw(COUNTS)).rows
      expect(Number(first.products)).toBe(0)
      expect(Number(first.warehouses)).toBe(WAREHOUSES.length)
      // the three ocop-delivery options once, international shipping from each warehouse
      expect(Number(first.shipping_options)).toBe(DELIVERY_OPTIONS.length + WAREHOUSES.length)
      await setUpDelivery({ container, args: [] })
      expect((await dbConnection.raw(COUNTS)).rows[0]).toEqual(first)

      // staff add a product and a region as a real shop would; a shopper's cart gets the options
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { type: "publishable" } })
      const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
      const { result: regions } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }] } })
      const admin = await adminHeaders(container)
      const body = productBody("Chè Tân Cương", validMetadata(), {
        sales_channels: [{ id: stores[0].default_sales_channel_id }],
        shipping_profile_id: profiles[0].id,
      })
      body.variants = body.variants.map((v) => ({ ...v, manage_inventory: false }))
      const { data: created } = await api.post("/admin/products", body, admin)

      const store = { headers: { "x-publishable-api-key": keys[0].token as string } }
      const post = (path: string, b: unknown) => api.post(path, b, store).then((r) => r.data)
      const { cart } = await post("/store/carts", { region_id: regions[0].id })
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: created.product.variants[0].id, quantity: 1 })
      await post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS })
      const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store).then((r) => r.data)
      expect(shipping_options.map((o: { type: { code: string } }) => o.type.code).sort()).toEqual(DELIVERY_OPTIONS.map((o) => o.code).sort())
      const standard = shipping_options.find((o: { type: { code: string } }) => o.type.code === "home-standard")
      expect(standard.name).toBe("Giao hàng tiêu chuẩn")
      const { cart: withDelivery } = await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
      expect(withDelivery.shipping_total).toBe(deliveryRate("home-standard", "lao-cai"))
    })
  },
})
