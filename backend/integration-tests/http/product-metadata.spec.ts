import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, productBody, validMetadata } from "../helpers"
import { createProducersWorkflow } from "../../src/workflows/producer/create-producers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let auth: { headers: Record<string, string> }
    const count = async () => (await api.get("/admin/products?limit=1", auth)).data.count

    beforeEach(async () => {
      auth = await adminHeaders(getContainer())
    })

    it("creates a product whose OCOP metadata is valid and keeps it as given", async () => {
      const res = await api.post("/admin/products", productBody("Miến dong Tài Hoan", validMetadata()), auth)
      expect(res.status).toBe(200)
      const { data } = await api.get(`/admin/products/${res.data.product.id}?fields=+metadata`, auth)
      expect(data.product.metadata).toMatchObject({ ocop_stars: 4, ocop_province: "thai-nguyen", ocop_legacy_province: "Bắc Kạn" })
    })

    it.each([
      ["missing metadata", undefined, "metadata.ocop_stars"],
      ["2★ product", validMetadata({ ocop_stars: 2 }), "metadata.ocop_stars"],
      ["pre-2025 province code", validMetadata({ ocop_province: "bac-kan", ocop_legacy_province: undefined }), "metadata.ocop_province"],
      ["subgroup of another group", validMetadata({ ocop_subgroup: "alcoholic" }), "metadata.ocop_subgroup"],
      [
        "certificate valid more than 36 months",
        validMetadata({ ocop_certificate: { number: "1/QĐ", issued_at: "2025-01-01", expires_at: "2029-01-01", issuer: "UBND tỉnh" } }),
        "metadata.ocop_certificate.expires_at",
      ],
    ])("rejects a %s with a 400 naming the field and saves nothing", async (_case, metadata, field) => {
      const before = await count()
      const err = await api.post("/admin/products", productBody("Sản phẩm lỗi", metadata), auth).catch((e) => e.response)
      expect(err.status).toBe(400)
      expect(err.data.message).toContain(field)
      expect(await count()).toBe(before)
    })

    it("rejects an update that breaks the metadata and keeps the product unchanged", async () => {
      const { data } = await api.post("/admin/products", productBody("Chè Tân Cương", validMetadata()), auth)
      const id = data.product.id
      const err = await api
        .post(`/admin/products/${id}`, { title: "Đổi tên", metadata: validMetadata({ ocop_group: "wine" }) }, auth)
        .catch((e) => e.response)
      expect(err.status).toBe(400)
      expect(err.data.message).toContain("metadata.ocop_group")
      const after = (await api.get(`/admin/products/${id}?fields=+metadata`, auth)).data.product
      expect(after.title).toBe("Chè Tân Cương")
      expect(after.metadata.ocop_group).toBe("food")
    })

    it("rejects a whole batch when one product is invalid", async () => {
      const before = await count()
      const err = await api
        .post(
          "/admin/products/batch",
          { create: [productBody("Tốt", validMetadata()), productBody("Xấu", validMetadata({ ocop_stars: 7 }))] },
          auth
        )
        .catch((e) => e.response)
      expect(err.status).toBe(400)
      expect(err.data.message).toContain("Xấu")
      expect(await count()).toBe(before)
    })

    it("links new products to their producer, and refuses an unknown producer without saving", async () => {
      const container = getContainer()
      const { result } = await createProducersWorkflow(container).run({
        input: { producers: [{ handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative", province: "thai-nguyen" }] },
      })
      const producerId = result[0].id
      const ok = await api.post(
        "/admin/products",
        { ...productBody("Miến dong", validMetadata()), additional_data: { producer_id: producerId } },
        auth
      )
      const { data } = await container.resolve("query").graph({
        entity: "product",
        fields: ["id", "producer.name"],
        filters: { id: ok.data.product.id },
      })
      expect(data[0].producer!.name).toBe("HTX Tài Hoan")

      const before = await count()
      const err = await api
        .post("/admin/products", { ...productBody("Mồ côi", validMetadata()), additional_data: { producer_id: "pdc_nope" } }, auth)
        .catch((e) => e.response)
      expect(err.status).toBe(400)
      expect(err.data.message).toContain("producer_id")
      expect(await count()).toBe(before)
    })
  },
})
