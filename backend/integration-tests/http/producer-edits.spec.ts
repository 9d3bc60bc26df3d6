import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { usdPriceOf, type ProducerFileView, type ProducerProductView } from "@ocop/shared"
import type { UpdateProducerProduct } from "../../src/workflows/producer-product/validators"
import { producerStockLocation } from "../../src/workflows/producer-product/steps/producer-stock-location"
import { producerProductIds } from "../../src/lib/producer/ownership"
import { productUpdateInput } from "../../src/workflows/producer-product/steps/compose-product"
import { readProducerProducts } from "../../src/api/_lib/producer/product-view"
import { updateProducerProductWorkflow } from "../../src/workflows/producer-product/update-producer-product"
import { type Headers, shopAndStaff } from "../helpers"
import { producerProduct, producerSession, SAMPLE_PDF, samplePhoto, upload } from "../producer"

jest.setTimeout(15 * 60 * 1000)

/** a product as /store/products answers with the fields shop() asks for */
type ShopProduct = {
  title: string
  description: string | null
  variants: { id: string; title: string; calculated_price?: { calculated_amount: number }; inventory_quantity?: number; options: { value: string }[] }[]
  images: { url: string }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let a: { auth: Headers }
    let producerA: string
    let seeded: ProducerProductView
    let portal: ProducerProductView
    let photo1: ProducerFileView
    let photo2: ProducerFileView
    let scan: ProducerFileView

    const failure = (p: Promise<unknown>) => p.then(() => ({ status: 200, data: null }), (e) => ({ status: e.response?.status, data: e.response?.data }))
    const edit = (id: string, body: Record<string, unknown>) => api.post(`/producer/products/${id}`, body, a.auth).then((r) => r.data.product)
    const read = (id: string) => api.get(`/producer/products/${id}`, a.auth).then((r) => r.data.product)
    const sizes = (p: ProducerProductView) => p.variants.map((v) => ({ id: v.id, title: v.title, price: v.price, stock: v.stock }))
    const sorted = <T extends { title: string }>(vs: T[]) => [...vs].sort((x, y) => x.title.localeCompare(y.title))
    const asBody = (p: ProducerProductView) => p.variants.map((v) => ({ id: v.id, title: v.title, price: v.price, stock: v.stock }))

    /** Every price of the product's variants by currency (USD included), straight from the database. */
    async function pricesOf(productId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["variants.title", "variants.prices.amount", "variants.prices.currency_code", "variants.options.value"],
        filters: { id: productId },
      })
      // variants.prices comes through the variant's price set (a link), which the entity's type does not declare
      type PricedVariant = { title: string; prices: { amount: number; currency_code: string }[]; options: { value: string }[] }
      return Object.fromEntries(
        ((data[0]?.variants ?? []) as unknown as PricedVariant[]).map((v) => [
          v.title,
          {
            vnd: Number(v.prices.find((p) => p.currency_code === "vnd")?.amount),
            usd: Number(v.prices.find((p) => p.currency_code === "usd")?.amount),
            size: v.options.map((o) => o.value),
          },
        ])
      )
    }

    /** The values of the product's size option ("Quy cách"), sorted. */
    async function sizeValues(productId: string) {
      const products = getContainer().resolve(Modules.PRODUCT)
      const [p] = await products.listProducts({ id: productId }, { relations: ["options"] })
      const options = await products.listProductOptions({ id: p.options.map((o) => o.id) }, { relations: ["values"] })
      return options.flatMap((o) => o.values.map((v) => `${o.title}: ${v.value}`)).sort()
    }

    /** The product as a shopper's storefront reads it (the query cache follows writes, so wait for it). */
    async function shop(handle: string, ready: (p: ShopProduct) => boolean): Promise<ShopProduct> {
      let product: ShopProduct | undefined
      for (let i = 0; i < 60; i++) {
        const { data } = await api.get(
          `/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,*variants.options,+variants.inventory_quantity,*images`,
          store
        )
        product = data.products[0]
        if (product && ready(product)) return product
        await new Promise((r) => setTimeout(r, 250))
      }
      // the last answer, ready or not: the assertions that follow say what is missing
      return product as ShopProduct
    }
    const shopSizes = (p: ShopProduct) =>
      sorted(p.variants.map((v) => ({ id: v.id, title: v.title, price: v.calculated_price?.calculated_amount, stock: v.inventory_quantity })))

    beforeAll(async () => {
      const container = getContainer()
      ;({ store, regionId, admin } = await shopAndStaff(container))
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["id", "handle"], pagination: { take: 1, order: { handle: "ASC" } } })
      producerA = data[0].id
      a = await producerSession(api, admin, producerA, "edits@htx-a.test")
      // a demo product of producer A with at least two sizes, as the seed made it
      const own = await producerProductIds(container, producerA)
      const { products } = await readProducerProducts(container, own)
      seeded = products.find((p) => p.variants.length >= 2 && p.status === "published")!
      expect(seeded).toBeTruthy()
      photo1 = (await upload(api, a.auth, "image", "mặt trước.png", "image/png", await samplePhoto())).data.file
      photo2 = (await upload(api, a.auth, "image", "mặt sau.png", "image/png", await samplePhoto(700, 500))).data.file
      scan = (await upload(api, a.auth, "certificate", "chung-nhan.pdf", "application/pdf", SAMPLE_PDF)).data.file
      portal = (await api.post("/producer/products", producerProduct({ image_ids: [photo1.id], certificate_scan_id: scan.id }), a.auth)).data.product
      // on sale, so the shop shows it
      await api.post(`/admin/ocop/products/${portal.id}/verification`, { action: "verify" }, admin)
    })

    it("saves a price, a stock level, a new size, a renamed size and a removed size of a demo product, each read back in the portal and the shop", async () => {
      const before = await read(seeded.id)
      expect(before.verification.status).toBe("verified")
      const [first, second] = before.variants

      // price of one size, stock of another
      let p = await edit(seeded.id, { variants: asBody(before).map((v) => (v.id === first.id ? { ...v, price: 123000 } : v.id === second.id ? { ...v, stock: 77 } : v)) })
      expect(p.variants.find((v) => v.id === first.id)).toMatchObject({ title: first.title, price: 123000, stock: first.stock })
      expect(p.variants.find((v) => v.id === second.id)).toMatchObject({ title: second.title, price: second.price, stock: 77 })
      expect((await pricesOf(seeded.id))[first.title]).toEqual({ vnd: 123000, usd: usdPriceOf(123000), size: [first.title] })
      let shown = await shop(seeded.handle, (s) => s.variants.find((v) => v.id === first.id)?.calculated_price?.calculated_amount === 123000)
      expect(shopSizes(shown).find((v) => v.id === second.id)).toMatchObject({ stock: 77 })

      // a new size, with its price and stock
      p = await edit(seeded.id, { variants: [...asBody(p), { title: "Hộp quà 3 chai", price: 450000, stock: 9 }] })
      const added = p.variants.find((v) => v.title === "Hộp quà 3 chai")
      expect(added).toMatchObject({ price: 450000, stock: 9 })
      expect(p.variants).toHaveLength(before.variants.length + 1)
      expect((await pricesOf(seeded.id))["Hộp quà 3 chai"]).toEqual({ vnd: 450000, usd: usdPriceOf(450000), size: ["Hộp quà 3 chai"] })
      shown = await shop(seeded.handle, (s) => s.variants.some((v) => v.id === added.id))
      expect(shopSizes(shown).find((v) => v.id === added.id)).toMatchObject({ title: "Hộp quà 3 chai", price: 450000, stock: 9 })

      // a renamed size keeps its variant (orders point at it); its size value follows the title
      p = await edit(seeded.id, { variants: asBody(p).map((v) => (v.id === first.id ? { ...v, title: `${first.title} (mới)` } : v)) })
      expect(p.variants.find((v) => v.id === first.id)).toMatchObject({ title: `${first.title} (mới)`, price: 123000, stock: first.stock })
      const prices = await pricesOf(seeded.id)
      expect(prices[`${first.title} (mới)`].size).toEqual([`${first.title} (mới)`])
      expect(prices[first.title]).toBeUndefined()
      shown = await shop(seeded.handle, (s) => s.variants.some((v) => v.title === `${first.title} (mới)`))
      const renamed = shown.variants.find((v) => v.id === first.id)!
      expect(renamed.title).toBe(`${first.title} (mới)`)
      expect(renamed.options.map((o) => o.value)).toEqual([`${first.title} (mới)`])

      // a removed size is gone from both; the others stay as they were
      p = await edit(seeded.id, { variants: asBody(p).filter((v) => v.id !== added.id) })
      expect(p.variants.map((v) => v.id).sort()).toEqual(before.variants.map((v) => v.id).sort())
      shown = await shop(seeded.handle, (s) => !s.variants.some((v) => v.id === added.id))
      expect(shopSizes(shown)).toEqual(sorted(sizes(p)))

      // and it can come back under the same title later
      p = await edit(seeded.id, { variants: [...asBody(p), { title: "Hộp quà 3 chai", price: 460000, stock: 3 }] })
      expect(p.variants.find((v) => v.title === "Hộp quà 3 chai")).toMatchObject({ price: 460000, stock: 3 })
      expect(p.verification.status).toBe("verified")
    })

    it("adds, reorders and removes photos and changes the description; the editor gets each photo's upload id", async () => {
      let p = await edit(portal.id, { image_ids: [photo1.id, photo2.id], description: "<p>Mùa <em>nhãn</em> 2025</p>" })
      expect(p.images).toEqual([photo1.url, photo2.url])
      expect(p.photos).toEqual([{ id: photo1.id, url: photo1.url }, { id: photo2.id, url: photo2.url }])
      expect(p.thumbnail).toBe(photo1.thumbnail_url)
      expect(p.description).toBe("<p>Mùa <em>nhãn</em> 2025</p>")
      p = await edit(portal.id, { image_ids: [photo2.id, photo1.id] })
      expect(p.photos.map((x) => x.id)).toEqual([photo2.id, photo1.id])
      expect(p.thumbnail).toBe(photo2.thumbnail_url)
      p = await edit(portal.id, { image_ids: [photo2.id] })
      expect(p.photos).toEqual([{ id: photo2.id, url: photo2.url }])
      expect(p.description).toBe("<p>Mùa <em>nhãn</em> 2025</p>")
      const shown = await shop(portal.handle, (s) => s.images?.length === 1)
      expect(shown.images.map((i) => i.url)).toEqual([photo2.url])
      expect(shown.description).toBe("<p>Mùa <em>nhãn</em> 2025</p>")

      // a demo product's photos are not uploads: no id, and they can be kept beside an upload
      const demo = await read(seeded.id)
      expect(demo.photos.length).toBeGreaterThan(0)
      expect(demo.photos.every((x) => x.id === null && demo.images.includes(x.url))).toBe(true)
    })

    for (const which of ["portal", "seeded"] as const) {
      it(`saves everything at once on a ${which === "portal" ? "product made in the portal" : "demo product"}`, async () => {
        const target = which === "portal" ? portal : seeded
        const before = await read(target.id)
        const [keep, rename, drop] = [before.variants[0], before.variants[1], before.variants[2]]
        const body = {
          title: `${before.title} – vụ mới`,
          description: "<p>Đóng hũ <strong>tại vườn</strong>.</p>",
          story: "Bốn thế hệ làm nghề.",
          image_ids: [photo2.id, photo1.id],
          variants: [
            { id: keep.id, title: keep.title, price: keep.price + 5000, stock: keep.stock + 1 },
            { id: rename.id, title: "Cỡ lớn 2 kg", price: 610000, stock: 4 },
            { title: "Gói dùng thử 50 g", price: 30000, stock: 100 },
          ],
        }
        const p = await edit(target.id, body)
        const want = [
          { id: keep.id, title: keep.title, price: keep.price + 5000, stock: keep.stock + 1 },
          { id: rename.id, title: "Cỡ lớn 2 kg", price: 610000, stock: 4 },
          { id: expect.stringMatching(/^variant_/), title: "Gói dùng thử 50 g", price: 30000, stock: 100 },
        ]
        for (const got of [p, await read(target.id)]) {
          expect(got.title).toBe(body.title)
          expect(got.description).toBe(body.description)
          expect(got.story).toBe(body.story)
          expect(got.images).toEqual([photo2.url, photo1.url])
          expect(sorted(sizes(got))).toEqual(sorted(want))
          expect(got.verification.status).toBe("verified")
        }
        if (drop) expect(p.variants.some((v) => v.id === drop.id)).toBe(false)
        const prices = await pricesOf(target.id)
        expect(prices["Cỡ lớn 2 kg"]).toEqual({ vnd: 610000, usd: usdPriceOf(610000), size: ["Cỡ lớn 2 kg"] })
        expect(prices["Gói dùng thử 50 g"]).toEqual({ vnd: 30000, usd: usdPriceOf(30000), size: ["Gói dùng thử 50 g"] })
        const shown = await shop(target.handle, (s) => s.title === body.title && s.variants.length === 3)
        expect(shopSizes(shown)).toEqual(sorted(sizes(p)))
      })
    }

    it("changes nothing when a save fails at its last step, and the same save then works", async () => {
      const container = getContainer()
      const before = await read(seeded.id)
      const pricesBefore = await pricesOf(seeded.id)
      const valuesBefore = await sizeValues(seeded.id)
      const [first, second] = before.variants
      const body = {
        title: "Tên tạm không được lưu",
        description: "<p>Không được lưu</p>",
        image_ids: [photo1.id],
        story: "Không được lưu",
        variants: [
          { id: first.id, title: "Đổi tên không được lưu", price: first.price + 1000, stock: first.stock + 5 },
          { title: "Cỡ mới không được lưu", price: 99000, stock: 8 },
        ],
      }
      const warehouse = await producerStockLocation(container, await producerProductIds(container, producerA))
      const input = async (location_id: string) => {
        const previous = await read(seeded.id)
        const { product, sizes: plan, stock, certificate } = await productUpdateInput(
          container, producerA, { id: previous.id, metadata: previous.ocop, variants: previous.variants }, body as UpdateProducerProduct, "a@ocop.test"
        )
        return { location_id, product, sizes: plan, stock, certificate }
      }
      // the last step (stock) fails: no warehouse to put the new size's units in
      // (a workflow rejects with the step's error as a plain object, not an Error)
      const failed = await updateProducerProductWorkflow(container).run({ input: await input(null as unknown as string) }).then(() => null, (e) => e)
      expect(failed?.message).toMatch(/location_id/)
      const after = await read(seeded.id)
      expect(after.title).toBe(before.title)
      expect(after.description).toBe(before.description)
      expect(after.story).toBe(before.story)
      expect(after.images).toEqual(before.images)
      expect(after.thumbnail).toBe(before.thumbnail)
      expect(after.verification).toEqual(before.verification)
      expect(sorted(sizes(after))).toEqual(sorted(sizes(before)))
      expect(await pricesOf(seeded.id)).toEqual(pricesBefore)
      expect(await sizeValues(seeded.id)).toEqual(valuesBefore)
      expect(second).toBeTruthy()

      // the product is whole: the same save now goes through
      await updateProducerProductWorkflow(container).run({ input: await input(warehouse) })
      const saved = await read(seeded.id)
      expect(saved.title).toBe("Tên tạm không được lưu")
      expect(sorted(sizes(saved))).toEqual(
        sorted([
          { id: first.id, title: "Đổi tên không được lưu", price: first.price + 1000, stock: first.stock + 5 },
          { id: expect.stringMatching(/^variant_/), title: "Cỡ mới không được lưu", price: 99000, stock: 8 },
        ])
      )
    })

    it("refuses bad input with a 400 naming each field with a stable code, and saves nothing of it", async () => {
      const before = await read(portal.id)
      const ocop = producerProduct().ocop
      const problems = async (body: Record<string, unknown>, path = `/producer/products/${portal.id}`) => {
        const r = await failure(api.post(path, body, a.auth))
        expect([JSON.stringify(body).slice(0, 80), r.status]).toEqual([JSON.stringify(body).slice(0, 80), 400])
        expect(r.data.type).toBe("invalid_data")
        expect(typeof r.data.message).toBe("string")
        return { message: r.data.message as string, errors: r.data.errors.map((e) => [e.field, e.code]) as [string, string][] }
      }
      const v = asBody(before)

      let r = await problems({ variants: [v[0], { title: "Gói nhỏ", price: 500, stock: 1 }] })
      expect(r.errors).toContainEqual(["variants.1.price", "too_small"])
      expect(r.message).toMatch(/variants\.1\.price/)

      // the schema's problems and the certificate's come in one answer
      r = await problems({ title: "ab", ocop: { ...ocop, ocop_certificate: { ...ocop.ocop_certificate, issued_at: "2025-06-01", expires_at: "2029-06-01" } } })
      expect(r.errors).toEqual(expect.arrayContaining([["title", "too_short"], ["ocop.ocop_certificate.expires_at", "validity_too_long"]]))
      expect(r.message).toMatch(/title/)
      expect(r.message).toMatch(/ocop\.ocop_certificate\.expires_at/)

      // the certificate alone (the body itself is fine)
      r = await problems({ ocop: { ...ocop, ocop_certificate: { ...ocop.ocop_certificate, expires_at: "2030-01-01" } } })
      expect(r.errors).toEqual([["ocop.ocop_certificate.expires_at", "validity_too_long"]])
      r = await problems({ ocop: { ...ocop, ocop_stars: 2 } })
      expect(r.errors.map(([f]) => f)).toEqual(["ocop.ocop_stars"])

      // sizes are told apart by title, whatever the case
      r = await problems({ variants: [v[0], { title: v[0].title.toUpperCase(), price: 50000, stock: 1 }] })
      expect(r.errors).toContainEqual(["variants.1.title", "duplicate"])

      // a scan where a photo belongs, and a scan given as a photo
      r = await problems({ image_ids: [photo1.id, scan.id], certificate_scan_id: photo2.id })
      expect(r.errors).toEqual(expect.arrayContaining([["image_ids.1", "wrong_file_kind"], ["certificate_scan_id", "wrong_file_kind"]]))

      // only a rejected product is sent back to staff
      r = await problems({ resubmit: true, title: "Tên mới hợp lệ" })
      expect(r.errors).toEqual([["resubmit", "invalid"]])

      r = await problems({ owner: "someone" })
      expect(r.errors).toEqual([["owner", "unknown_field"]])

      // a new product: every problem at once too
      r = await problems({ ...producerProduct(), title: "x", variants: [], ocop: { ...ocop, ocop_province: "Bắc Kạn" } }, "/producer/products")
      expect(r.errors).toEqual(expect.arrayContaining([["title", "too_short"], ["variants", "too_few"], ["ocop.ocop_province", "former_province"]]))

      expect(await read(portal.id)).toEqual(before)
    })

    it("sends a rejected product back to staff: reject with a reason, the producer corrects and resubmits, staff verify", async () => {
      const created = (await api.post("/producer/products", producerProduct({ title: "Trà hoa vàng Ba Chẽ", certificate_scan_id: scan.id }), a.auth)).data.product
      const moderate = (action: string, note?: string) => failure(api.post(`/admin/ocop/products/${created.id}/verification`, { action, ...(note ? { note } : {}) }, admin))
      expect((await moderate("reject", "Bản chụp chứng nhận bị mờ")).status).toBe(200)
      let p = await read(created.id)
      expect(p.verification).toMatchObject({ status: "rejected", note: "Bản chụp chứng nhận bị mờ" })

      // staff cannot verify a rejected product the producer has not sent back
      const early = await moderate("verify")
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/not awaiting verification/)
      const queue = async (status: string) => (await api.get(`/admin/ocop/verifications?status=${status}&limit=100`, admin)).data.products.map((x) => x.id)
      expect(await queue("rejected")).toContain(created.id)
      expect(await queue("pending")).not.toContain(created.id)

      // an ordinary edit leaves it rejected; resubmitting with a new scan sends it back
      p = await edit(created.id, { story: "Hái tay từ rừng trà Ba Chẽ." })
      expect(p.verification.status).toBe("rejected")
      const clearer = (await upload(api, a.auth, "certificate", "chung-nhan-ro.pdf", "application/pdf", SAMPLE_PDF)).data.file
      p = await edit(created.id, { resubmit: true, certificate_scan_id: clearer.id })
      expect(p.verification).toMatchObject({ status: "pending", previous_note: "Bản chụp chứng nhận bị mờ", note: null })
      expect(Date.parse(p.verification.resubmitted_at)).toBeGreaterThan(Date.now() - 60_000)
      expect(p.ocop.ocop_certificate.scan_url).toBe(clearer.url)
      expect(await queue("pending")).toContain(created.id)
      expect(await queue("rejected")).not.toContain(created.id)

      // a product that is not rejected cannot be resubmitted
      const again = await failure(api.post(`/producer/products/${created.id}`, { resubmit: true }, a.auth))
      expect(again.status).toBe(400)
      expect(again.data.errors).toEqual([expect.objectContaining({ field: "resubmit", code: "invalid" })])

      expect((await moderate("verify")).status).toBe(200)
      p = await read(created.id)
      expect(p.verification.status).toBe("verified")
      expect(p.status).toBe("published")
    })
  },
})
