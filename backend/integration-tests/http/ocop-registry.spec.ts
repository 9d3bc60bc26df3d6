import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildCatalogue } from "@ocop/seed"
import { isIssuedSerial, toGtin14, type OcopMetadata } from "@ocop/shared"
import { OCOP_REGISTRY_MODULE } from "../../src/modules/ocop-registry"
import type OcopRegistryModuleService from "../../src/modules/ocop-registry/service"
import importOcopRegistry from "../../src/migration-scripts/ocop-registry-import"
import { adminHeaders, productBody, seededShop, validMetadata } from "../helpers"
import { producerProduct, producerSession } from "../producer"

jest.setTimeout(15 * 60 * 1000)

/** product metadata as the database holds it */
type Meta = Partial<OcopMetadata> & Record<string, unknown>

// The OCOP registry: the attacks it ends (trace-code takeover, revocation
// laundering, anything in metadata), certificates with history, and stamps
// the programme issues, traced by shoppers.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let a: { auth: { headers: Record<string, string> } }
    let b: { auth: { headers: Record<string, string> } }
    const catalogue = buildCatalogue(new Date().toISOString().slice(0, 10))

    const failure = (p: Promise<unknown>) => p.then(() => ({ status: 200, data: null }), (e) => ({ status: e.response?.status, data: e.response?.data }))
    const moderate = (id: string, action: string, note?: string) =>
      api.post(`/admin/ocop/products/${id}/verification`, { action, ...(note ? { note } : {}) }, admin)
    const certificates = async (id: string) => (await api.get(`/admin/ocop/products/${id}/certificates`, admin)).data.certificates
    const withNumber = (number: string, extra: Record<string, unknown> = {}) => ({
      ocop: { ...producerProduct().ocop, ocop_certificate: { ...producerProduct().ocop.ocop_certificate, number }, ...extra },
    })

    beforeAll(async () => {
      const container = getContainer()
      ;({ store } = await seededShop(container))
      admin = await adminHeaders(container)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "handle"], pagination: { take: 2, order: { handle: "ASC" } } })
      a = await producerSession(api, admin, data[0].id, "a@htx-a.test")
      b = await producerSession(api, admin, data[1].id, "b@htx-b.test")
    })

    it("attack 1: no producer can take over another's printed trace code; the stamp keeps tracing the genuine product", async () => {
      const genuine = catalogue.products[0]
      const code = genuine.trace_code
      // the old way in: the code as product metadata, on a new product and on a verified one
      const created = await failure(api.post("/producer/products", producerProduct({ ocop: { ...producerProduct().ocop, ocop_trace_code: code } }), b.auth))
      expect(created.status).toBe(400)
      expect(created.data.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: "ocop.ocop_trace_code", code: "unknown_field" })]))
      const own = (await api.post("/producer/products", producerProduct(), b.auth)).data.product
      await moderate(own.id, "verify")
      const edited = await failure(api.post(`/producer/products/${own.id}`, { ocop: { ...own.ocop, ocop_trace_code: code } }, b.auth))
      expect(edited.status).toBe(400)
      const staffWrite = await failure(api.post(`/admin/products/${own.id}`, { metadata: { ...own.ocop, ocop_trace_code: code } }, admin))
      expect(staffWrite.status).toBe(400)
      expect(staffWrite.data.message).toMatch(/ocop_trace_code/)
      // the genuine product is edited (what used to hand its code to the impostor): the stamp still traces it
      const { data: found } = await api.get(`/admin/products?handle=${genuine.handle}&fields=id`, admin)
      await api.post(`/admin/products/${found.products[0].id}`, { title: `${genuine.title} (mới)` }, admin)
      const trace = (await api.get(`/store/trace/${code}`, store)).data
      expect(trace.product.handle).toBe(genuine.handle)
    })

    it("attack 1b: two claims of one serial at the same moment — exactly one wins, by the database's unique index", async () => {
      const registry = getContainer().resolve<OcopRegistryModuleService>(OCOP_REGISTRY_MODULE)
      const { data } = await api.get("/admin/products?limit=2&fields=id&status[]=published", admin)
      const batches = await registry.createStampBatches(
        (data.products as { id: string }[]).map((p) => ({ product_id: p.id, quantity: 1, status: "issued" as const }))
      )
      const serial = "RACE-2026-0001"
      const claims = await Promise.allSettled(
        batches.map((batch) => registry.insertStamps([{ serial, product_id: batch.product_id, batch_id: batch.id }]))
      )
      expect(claims.filter((c) => c.status === "fulfilled")).toHaveLength(1)
      expect(await registry.listOcopStamps({ serial })).toHaveLength(1)
    })

    it("attack 2: a revocation survives any sequence of producer edits, and the trace page keeps saying revoked", async () => {
      const product = (await api.post("/producer/products", producerProduct(withNumber("REV-1/QĐ-UBND")), a.auth)).data.product
      await moderate(product.id, "verify")
      const { batch } = (await api.post("/admin/ocop/stamp-batches", { product_id: product.id, quantity: 2, lot: "L-REV" }, admin)).data
      const { stamps } = (await api.get(`/admin/ocop/stamp-batches/${batch.id}/stamps`, admin)).data
      await moderate(product.id, "revoke", "Kiểm tra hậu kiểm không đạt")

      // the laundering sequence of the report: another number, then back
      await api.post(`/producer/products/${product.id}`, withNumber("REV-2/QĐ-UBND"), a.auth)
      const back = await failure(api.post(`/producer/products/${product.id}`, withNumber("rev-1/qđ-ubnd"), a.auth))
      expect(back.status).toBe(400)
      expect(back.data.errors).toEqual([expect.objectContaining({ field: "ocop.ocop_certificate.number", code: "certificate_revoked" })])
      // and many more edits in any order: story, a third number, resubmission attempts, the revoked one again
      for (const body of [{ story: "Câu chuyện mới" }, withNumber("REV-3/QĐ-UBND"), withNumber("REV-2/QĐ-UBND"), { resubmit: true }, withNumber("REV-1/QĐ-UBND")]) {
        await failure(api.post(`/producer/products/${product.id}`, body, a.auth))
      }
      const history = await certificates(product.id)
      const revoked = history.filter((c) => c.number === "REV-1/QĐ-UBND")
      expect(revoked).toHaveLength(1)
      expect(revoked[0]).toMatchObject({ status: "revoked", note: "Kiểm tra hậu kiểm không đạt", is_current: false })
      expect(revoked[0].events.map((e) => e.action)).toEqual(["submitted", "verified", "revoked"])
      // the queue shows what waits now, never a "plain pending" revoked number
      const queue = (await api.get("/admin/ocop/verifications?limit=100", admin)).data.products
      const mine = queue.find((p) => p.id === product.id)
      expect(mine.certificate.number).not.toBe("REV-1/QĐ-UBND")
      // even once staff verify the new certificate, the stamps issued under the revoked one say revoked
      await moderate(product.id, "verify")
      const trace = (await api.get(`/store/trace/${stamps[0].serial}`, store)).data
      expect(trace.certificate).toMatchObject({ number: "REV-1/QĐ-UBND", status: "revoked", public_stars: null })
      expect(trace.star_history.map((h) => [h.number, h.status])).toEqual(expect.arrayContaining([["REV-1/QĐ-UBND", "revoked"]]))
    })

    it("attack 3: unknown metadata keys are refused by name everywhere, and the story keeps its limit", async () => {
      const smuggled = { ...producerProduct().ocop, hacked: true, producer_id: "pdc_other", ocop_note: "<img src=x onerror=alert(1)>" }
      const portal = await failure(api.post("/producer/products", producerProduct({ ocop: smuggled }), a.auth))
      expect(portal.status).toBe(400)
      expect(portal.data.errors.map((e) => e.field)).toEqual(expect.arrayContaining(["ocop.hacked", "ocop.producer_id", "ocop.ocop_note"]))
      const longStory = await failure(api.post("/producer/products", producerProduct({ story: undefined, ocop: { ...producerProduct().ocop, ocop_story: "x".repeat(5001) } }), a.auth))
      expect(longStory.status).toBe(400)
      expect(longStory.data.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: "ocop.ocop_story", code: "too_long" })]))
      const staff = await failure(api.post("/admin/products", productBody("Sản phẩm lạ", { ...validMetadata(), hacked: true }), admin))
      expect(staff.status).toBe(400)
      expect(staff.data.message).toMatch(/hacked/)
      const { data } = await api.get("/store/products?limit=200&fields=metadata", store)
      for (const p of data.products) expect(Object.keys(p.metadata ?? {}).filter((k) => !k.startsWith("ocop_"))).toEqual([])
    })

    it("keeps OCOP facts off Medusa's product routes: staff change them through the registry, which keeps the history", async () => {
      const { data } = await api.post("/admin/products", productBody("Chè Tân Cương đặc biệt", validMetadata()), admin)
      const id = data.product.id
      const direct = await failure(api.post(`/admin/products/${id}`, { metadata: { ...validMetadata(), ocop_stars: 5, ocop_score: 92 } }, admin))
      expect(direct.status).toBe(400)
      expect(direct.data.message).toMatch(/\/admin\/ocop\/products\/:id\/certificates/)
      // other fields and unchanged facts still save; the facts left out are kept
      await api.post(`/admin/products/${id}`, { title: "Chè Tân Cương thượng hạng", metadata: { ocop_story: "Đồi chè Tân Cương" } }, admin)
      let product = (await api.get(`/admin/products/${id}?fields=+metadata`, admin)).data.product
      expect(product.metadata).toMatchObject({ ocop_stars: 4, ocop_story: "Đồi chè Tân Cương" })

      // a stamp printed before the upgrade
      const { batch } = (await api.post("/admin/ocop/stamp-batches", { product_id: id, quantity: 1 }, admin)).data
      const [printed] = (await api.get(`/admin/ocop/stamp-batches/${batch.id}/stamps`, admin)).data.stamps
      // an upgrade: a new certificate supersedes the old one, both stay readable
      const upgrade = {
        number: "456/QĐ-UBND", issuer: "Bộ Nông nghiệp và Môi trường", issued_at: "2026-03-01", expires_at: "2029-03-01",
        stars: 5, score: 92, group: "food", subgroup: "processed", province: "thai-nguyen",
      }
      // 5★ is certified at central level only; a former province only before its merger (1 July 2025)
      const provincial = await failure(api.post(`/admin/ocop/products/${id}/certificates`, { ...upgrade, issuer: "UBND tỉnh Thái Nguyên" }, admin))
      expect(provincial.status).toBe(400)
      expect(JSON.stringify(provincial.data)).toMatch(/issuer/)
      const formerAfterMerger = await failure(api.post(`/admin/ocop/products/${id}/certificates`, { ...upgrade, legacy_province: "Bắc Kạn" }, admin))
      expect(formerAfterMerger.status).toBe(400)
      expect(JSON.stringify(formerAfterMerger.data)).toMatch(/legacy_province/)
      const recorded = await api.post(`/admin/ocop/products/${id}/certificates`, upgrade, admin)
      expect(recorded.status).toBe(201)
      product = (await api.get(`/admin/products/${id}?fields=+metadata`, admin)).data.product
      expect(product.metadata).toMatchObject({ ocop_stars: 5, ocop_score: 92, ocop_certificate: { number: "456/QĐ-UBND" }, ocop_story: "Đồi chè Tân Cương" })
      const history = await certificates(id)
      expect(history.map((c) => [c.number, c.status, c.stars])).toEqual([
        ["456/QĐ-UBND", "verified", 5],
        ["123/QĐ-UBND", "superseded", 4],
      ])
      // the older stamp says its certificate was replaced, and shows the stars the product holds today
      const traced = (await api.get(`/store/trace/${printed.serial}`, store)).data
      expect(traced.certificate).toMatchObject({ number: "123/QĐ-UBND", status: "superseded", public_stars: 5 })
      const stars = (await api.get(`/store/ocop/products/${id}/star-history`, store)).data.star_history
      // a product not on sale has no public history
      const draft = (await api.post("/producer/products", producerProduct(), a.auth)).data.product
      expect((await failure(api.get(`/store/ocop/products/${draft.id}/star-history`, store))).status).toBe(404)
      expect(stars.map((h) => [h.stars, h.status])).toEqual([[5, "verified"], [4, "superseded"]])
      // rules of the council still hold: 36 months at most
      const tooLong = await failure(api.post(`/admin/ocop/products/${id}/certificates`, { ...upgrade, number: "789/QĐ-UBND", expires_at: "2030-03-02" }, admin))
      expect(tooLong.status).toBe(400)
    })

    it("issues a batch of unguessable, unique stamps for a certified product, with GS1 Digital Link URLs when it has a GTIN, and prints them", async () => {
      const withEan = catalogue.products.find((p) => p.variants[0].ean)!
      const { data } = await api.get(`/admin/products?handle=${withEan.handle}&fields=id`, admin)
      const issued = await api.post("/admin/ocop/stamp-batches", { product_id: data.products[0].id, quantity: 60, lot: "L2026-05", produced_on: "2026-11-20", best_before: "2027-11-20" }, admin)
      expect(issued.status).toBe(201)
      const batch = issued.data.batch
      expect(batch.gtin).toBe(toGtin14(withEan.variants[0].ean))
      const { stamps, count } = (await api.get(`/admin/ocop/stamp-batches/${batch.id}/stamps?limit=100`, admin)).data
      expect(count).toBe(60)
      expect(new Set(stamps.map((s) => s.serial)).size).toBe(60)
      for (const s of stamps) {
        expect(isIssuedSerial(s.serial)).toBe(true)
        expect(new URL(s.url).pathname).toBe(`/01/${batch.gtin}/10/L2026-05/21/${s.serial}`)
      }
      const pdf = await api.get(`/admin/ocop/stamp-batches/${batch.id}/labels`, { ...admin, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toMatch(/application\/pdf/)
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

      const trace = (await api.get(`/store/trace/${stamps[0].serial.toLowerCase()}`, store)).data
      expect(trace).toMatchObject({
        serial: stamps[0].serial,
        product: { handle: withEan.handle },
        batch: { lot: "L2026-05", produced_on: "2026-11-20", best_before: "2027-11-20", gtin: batch.gtin },
        certificate: { number: withEan.metadata.ocop_certificate.number },
      })
      // a product whose certificate waits for staff gets no stamps
      const pending = (await api.post("/producer/products", producerProduct(), a.auth)).data.product
      const refused = await failure(api.post("/admin/ocop/stamp-batches", { product_id: pending.id, quantity: 5 }, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/no valid verified OCOP certificate/)
    })

    it("lets a producer ask for stamps for its own certified product only; staff issue or decline with a reason", async () => {
      const product = (await api.post("/producer/products", producerProduct(withNumber("STAMP-1/QĐ-UBND")), a.auth)).data.product
      await moderate(product.id, "verify")
      const foreign = await failure(api.post("/producer/stamp-batches", { product_id: product.id, quantity: 10 }, b.auth))
      expect(foreign.status).toBe(404)
      const asked = (await api.post("/producer/stamp-batches", { product_id: product.id, quantity: 10, lot: "L1" }, a.auth)).data.batch
      expect(asked.status).toBe("requested")
      expect((await api.get(`/admin/ocop/stamp-batches/${asked.id}/stamps`, admin)).data.count).toBe(0)
      expect((await failure(api.post(`/admin/ocop/stamp-batches/${asked.id}/decision`, { action: "decline" }, admin))).status).toBe(400)
      const issued = (await api.post(`/admin/ocop/stamp-batches/${asked.id}/decision`, { action: "issue" }, admin)).data.batch
      expect(issued.status).toBe("issued")
      expect((await api.get(`/admin/ocop/stamp-batches/${asked.id}/stamps`, admin)).data.count).toBe(10)
      expect((await failure(api.post(`/admin/ocop/stamp-batches/${asked.id}/decision`, { action: "issue" }, admin))).status).toBe(400)
      const mine = (await api.get("/producer/stamp-batches", a.auth)).data.batches
      expect(mine.map((x) => x.id)).toContain(asked.id)
      expect((await api.get("/producer/stamp-batches", b.auth)).data.batches.map((x) => x.id)).not.toContain(asked.id)
    })

    it("counts lookups per client and flags a serial scanned from many devices to staff and shoppers", async () => {
      process.env.OCOP_STAMP_SUSPICIOUS_CLIENTS = "3"
      try {
        const code = catalogue.products[1].trace_code
        const from = (ip: string) => ({ headers: { ...store.headers, "x-forwarded-for": ip } })
        const first = (await api.get(`/store/trace/${code}`, from("203.0.113.1"))).data
        expect(first.lookups).toMatchObject({ clients: 1, suspicious: false })
        await api.get(`/store/trace/${code}`, from("203.0.113.1"))
        expect((await api.get(`/store/trace/${code}`, from("203.0.113.1"))).data.lookups).toMatchObject({ count: 3, clients: 1 })
        await api.get(`/store/trace/${code}`, from("198.51.100.7"))
        const flagged = (await api.get(`/store/trace/${code}`, from("192.0.2.44"))).data
        expect(flagged.lookups).toMatchObject({ count: 5, clients: 3, suspicious: true })
        const { stamps } = (await api.get("/admin/ocop/stamps", admin)).data
        expect(stamps.map((s) => s.serial)).toContain(code)
        // an unknown serial is a 404, and the shopper can report it
        expect((await failure(api.get("/store/trace/ZZ-1999-0000", store))).status).toBe(404)
        expect((await api.post("/store/trace/reports", { serial: "ZZ-1999-0000", message: "Tem trên hũ mật ong ở chợ" }, store)).status).toBe(201)
        const reports = (await api.get("/admin/ocop/trace-reports", admin)).data.reports
        expect(reports[0]).toMatchObject({ serial: "ZZ-1999-0000", message: "Tem trên hũ mật ong ở chợ" })
        expect(reports[0]).not.toHaveProperty("client_key")
        // one device cannot bury staff's list: ten reports an hour, then 429 — sent through every
        // spelling of the route that reaches it (issue #19), each counted
        const spammer = from("203.0.113.99")
        const spellings = ["/store/trace/reports", "/store/trace/reports/", "/STORE/trace/reports", "/store/Trace/Reports/", "/store/trace/reports?via=qr"]
        for (let i = 0; i < 10; i++) {
          const path = spellings[i % spellings.length]
          expect([path, (await api.post(path, { serial: `SPAM-000${i}` }, spammer)).status]).toEqual([path, 201])
        }
        const refused = await failure(api.post("/store/trace/reports", { serial: "SPAM-0010" }, spammer))
        expect(refused.status).toBe(429)
        expect((await api.post("/store/trace/reports", { serial: "ZZ-1999-0001" }, from("203.0.113.100"))).status).toBe(201)
      } finally {
        delete process.env.OCOP_STAMP_SUSPICIOUS_CLIENTS
      }
    })
    it("migrates a database from before the registry: certificates and printed codes imported, the first verified claim keeps a shared code", async () => {
      const container = getContainer()
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const registry = container.resolve<OcopRegistryModuleService>(OCOP_REGISTRY_MODULE)
      const rows: { id: string; metadata: Meta }[] = await db("product").select("id", "metadata").whereNull("deleted_at").orderBy("handle").limit(3)
      const [genuine, impostor, revoked] = rows
      // as such a database was: OCOP facts only in metadata, the code free text, claimed twice
      const old = (r: { metadata: Meta }, extra: Record<string, unknown>) => ({ ...r.metadata, ...extra })
      await db("product").where({ id: genuine.id }).update({ metadata: old(genuine, { ocop_trace_code: "OLD-2024-0001" }), created_at: new Date("2025-01-02") })
      await db("product").where({ id: impostor.id }).update({
        metadata: old(impostor, { ocop_trace_code: "OLD-2024-0001", ocop_verification: { status: "pending", at: "2025-01-01T00:00:00Z" } }),
        created_at: new Date("2025-01-01"),
      })
      await db("product").where({ id: revoked.id }).update({
        metadata: old(revoked, { ocop_certificate: { ...revoked.metadata.ocop_certificate, revoked_at: "2025-06-01", revoked_reason: "Hậu kiểm" } }),
      })
      const ids = rows.map((r) => r.id)
      await db("ocop_stamp").whereIn("product_id", ids).delete()
      await db("ocop_stamp_batch").whereIn("product_id", ids).delete()
      await db("ocop_certificate_event").whereIn("certificate_id", db("ocop_certificate").select("id").whereIn("product_id", ids)).delete()
      await db("ocop_certificate").whereIn("product_id", ids).delete()

      await importOcopRegistry({ container, args: [] })

      const [stamp] = await registry.listOcopStamps({ serial: "OLD-2024-0001" })
      expect(stamp.product_id).toBe(genuine.id)
      const current = async (id: string) => (await registry.listOcopCertificates({ product_id: id, is_current: true }))[0]
      expect((await current(genuine.id)).status).toBe("verified")
      expect((await current(impostor.id)).status).toBe("pending")
      expect(await current(revoked.id)).toMatchObject({ status: "revoked", note: "Hậu kiểm" })
      const after: { metadata: Meta }[] = await db("product").select("metadata").whereIn("id", ids)
      for (const p of after) expect(p.metadata).not.toHaveProperty("ocop_trace_code")
      // a second run changes nothing
      await importOcopRegistry({ container, args: [] })
      expect(await registry.listOcopCertificates({ product_id: ids })).toHaveLength(3)
    })
  },
})
