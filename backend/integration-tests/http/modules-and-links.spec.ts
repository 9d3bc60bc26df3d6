import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFairsWorkflow } from "../../src/workflows/fair/create-fairs"
import { createProducersWorkflow } from "../../src/workflows/producer/create-producers"
import { createSalesPointsWorkflow } from "../../src/workflows/sales-point/create-sales-points"
import { adminHeaders, productBody, validMetadata } from "../helpers"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function setup() {
      const container = getContainer()
      const auth = await adminHeaders(container)
      const { result: producers } = await createProducersWorkflow(container).run({
        input: {
          producers: [
            { handle: "htx-che-tan-cuong", name: "HTX Chè Tân Cương", type: "cooperative", province: "thai-nguyen", phone: "0208 3741 558" },
            { handle: "cong-ty-nam-o", name: "Công ty Nước mắm Nam Ô", type: "enterprise", province: "da-nang" },
          ],
        },
      })
      const products: string[] = []
      for (const [i, title] of ["Chè móc câu", "Chè đinh", "Nước mắm Nam Ô"].entries()) {
        const producer = producers[i < 2 ? 0 : 1]
        const { data } = await api.post(
          "/admin/products",
          { ...productBody(title, validMetadata({ ocop_province: producer.province, ocop_legacy_province: undefined })), additional_data: { producer_id: producer.id } },
          auth
        )
        products.push(data.product.id)
      }
      return { container, producers, products }
    }

    it("keeps producers with their products through the product↔producer link", async () => {
      const { container, producers, products } = await setup()
      const { data } = await container.resolve("query").graph({
        entity: "producer",
        fields: ["handle", "type", "products.id"],
        filters: { id: producers[0].id },
      })
      expect(data[0].type).toBe("cooperative")
      expect(data[0].products!.map((p) => p!.id).sort()).toEqual(products.slice(0, 2).sort())
    })

    it("links sales points to the products they stock, both ways", async () => {
      const { container, products } = await setup()
      const { result } = await createSalesPointsWorkflow(container).run({
        input: {
          sales_points: [
            {
              handle: "trung-tam-ocop-da-nang", name: "Trung tâm OCOP Đà Nẵng", type: "centre", province: "da-nang",
              address: "119 Trần Phú", latitude: 16.0685, longitude: 108.2241, product_ids: [products[2], products[0]],
            },
          ],
        },
      })
      const query = container.resolve("query")
      const { data: sp } = await query.graph({ entity: "sales_point", fields: ["type", "products.id"], filters: { id: result[0].id } })
      expect(sp[0].products!.map((p) => p!.id).sort()).toEqual([products[0], products[2]].sort())
      const { data: prod } = await query.graph({ entity: "product", fields: ["sales_points.handle"], filters: { id: products[2] } })
      expect(prod[0].sales_points!.map((s) => s!.handle)).toEqual(["trung-tam-ocop-da-nang"])
    })

    it("stores a fair's catalogue in order with booth numbers", async () => {
      const { container, producers, products } = await setup()
      const { result } = await createFairsWorkflow(container).run({
        input: {
          fairs: [
            {
              handle: "festival-ocop", name: "Festival OCOP Việt Nam", starts_at: new Date("2026-12-10T08:00:00+07:00"),
              ends_at: new Date("2026-12-14T21:00:00+07:00"), venue: "Nhà thi đấu Quân khu 7", province: "ho-chi-minh",
              organiser: "VPĐP NTM Trung ương",
              exhibitors: [
                { producer_id: producers[1].id, booth: "A01" },
                { producer_id: producers[0].id, booth: "B07" },
              ],
              product_ids: [products[2], products[1], products[0]],
            },
          ],
        },
      })
      const query = container.resolve("query")
      const { data: exhibitors } = await query.graph({
        entity: "fair_producer", // entry point of src/links/fair-producer.ts
        fields: ["producer_id", "booth", "position"],
        filters: { fair_id: result[0].id },
      })
      const byPosition = [...exhibitors].sort((a, b) => a.position - b.position)
      expect(byPosition.map((e) => [e.producer_id, e.booth])).toEqual([
        [producers[1].id, "A01"],
        [producers[0].id, "B07"],
      ])
      const { data: shown } = await query.graph({
        entity: "fair_product", // entry point of src/links/fair-product.ts
        fields: ["product_id", "position"],
        filters: { fair_id: result[0].id },
      })
      expect([...shown].sort((a, b) => a.position - b.position).map((s) => s.product_id)).toEqual([products[2], products[1], products[0]])
    })

    it("creates nothing when one record of a batch is refused", async () => {
      const container = getContainer()
      const producer = { name: "HTX Mẫu", type: "cooperative" as const, province: "hue" }
      await createProducersWorkflow(container).run({ input: { producers: [{ ...producer, handle: "htx-a" }] } })
      await expect(
        createProducersWorkflow(container).run({
          input: { producers: [{ ...producer, handle: "htx-b" }, { ...producer, handle: "htx-a" }] },
        })
      ).rejects.toMatchObject({ message: expect.stringContaining("htx-a, already exists") })
      const list: { handle: string }[] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({})
      expect(list.map((p: { handle: string }) => p.handle)).toEqual(["htx-a"])
    })
  },
})
