import { describe, expect, it } from "vitest"
import { certificateStatus, parseOcopMetadata, GROUPS, provinceByCode, toGtin14, type OcopMetadata } from "@ocop/shared"
import { buildCatalogue } from "./catalogue"

const today = "2026-11-23"
const cat = buildCatalogue(today)

describe("demo catalogue", () => {
  it("is big and varied enough to shop: ≥300 products, ≥60 producers, ≥20 provinces, all 6 groups, 3–5★", () => {
    expect(cat.products.length).toBeGreaterThanOrEqual(300)
    expect(cat.producers.length).toBeGreaterThanOrEqual(60)
    expect(new Set(cat.producers.map((p) => p.province)).size).toBeGreaterThanOrEqual(20)
    expect(new Set(cat.products.map((p) => p.group))).toEqual(new Set(GROUPS.map((g) => g.code)))
    expect(new Set(cat.products.map((p) => p.metadata.ocop_stars))).toEqual(new Set([3, 4, 5]))
  })

  it("passes the metadata schema for every product, with unique handles and SKUs", () => {
    const bad = cat.products.map((p) => [p.handle, parseOcopMetadata(p.metadata)] as const).filter(([, r]) => !r.ok)
    expect(bad).toEqual([])
    expect(new Set(cat.products.map((p) => p.handle)).size).toBe(cat.products.length)
    const skus = cat.products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    expect(new Set(cat.producers.map((p) => p.handle)).size).toBe(cat.producers.length)
  })

  it("files tea and coffee under food (Decision 148/QĐ-TTg, Annex, group 1), beverages keep the drinks", () => {
    const bySubgroup = (codes: string[]) => cat.products.filter((p) => codes.includes(p.metadata.ocop_subgroup))
    expect(bySubgroup(["tea", "coffee"]).length).toBeGreaterThan(20)
    expect(new Set(bySubgroup(["tea", "coffee"]).flatMap((p) => [p.group, p.metadata.ocop_group]))).toEqual(new Set(["food"]))
    expect(new Set(cat.products.filter((p) => p.group === "beverage").map((p) => p.metadata.ocop_subgroup))).toEqual(new Set(["alcoholic", "non-alcoholic"]))
  })

  it("includes expired and soon-to-expire certificates next to valid ones", () => {
    const statuses = cat.products.map((p) => certificateStatus(p.metadata.ocop_certificate, today))
    expect(statuses.filter((s) => s === "expired").length).toBeGreaterThanOrEqual(5)
    expect(statuses.filter((s) => s === "expiring").length).toBeGreaterThanOrEqual(5)
    expect(statuses.filter((s) => s === "valid").length).toBeGreaterThan(250)
  })

  it("has ≥25 sales points with coordinates inside Vietnam, each stocking products", () => {
    expect(cat.salesPoints.length).toBeGreaterThanOrEqual(25)
    for (const sp of cat.salesPoints) {
      expect(provinceByCode(sp.province)).toBeTruthy()
      expect(sp.lat).toBeGreaterThan(8); expect(sp.lat).toBeLessThan(23.5)
      expect(sp.lng).toBeGreaterThan(102); expect(sp.lng).toBeLessThan(110)
      expect(sp.productHandles.length).toBeGreaterThan(0)
    }
  })

  it("has ≥6 fairs: past, running and upcoming, each with a catalogue of booths", () => {
    expect(cat.fairs.length).toBeGreaterThanOrEqual(6)
    const now = `${today}T12:00:00+07:00`
    expect(cat.fairs.some((f) => f.ends_at < now)).toBe(true)
    expect(cat.fairs.some((f) => f.starts_at <= now && f.ends_at >= now)).toBe(true)
    expect(cat.fairs.some((f) => f.starts_at > now)).toBe(true)
    for (const f of cat.fairs) {
      expect(f.exhibitors.length).toBeGreaterThan(0)
      expect(new Set(f.exhibitors.map((e) => e.booth)).size).toBe(f.exhibitors.length)
    }
  })
})

describe("stamps of the demo catalogue", () => {
  it("gives every product its own printed trace code and some a valid EAN-13 (Vietnam's 893 prefix)", () => {
    const cat = buildCatalogue("2026-06-01")
    const codes = cat.products.map((p) => p.trace_code)
    expect(new Set(codes).size).toBe(codes.length)
    const eans = cat.products.flatMap((p) => p.variants.map((v) => v.ean).filter(Boolean)) as string[]
    expect(eans.length).toBeGreaterThan(50)
    for (const ean of eans) expect(toGtin14(ean)).toBe(`0${ean}`)
    expect(eans.every((e) => e.startsWith("893"))).toBe(true)
  })
})

describe("certificates' issuers and former provinces", () => {
  // a fresh database seeded on any day passes the schema: 5★ central, the ministry of the day, no former province after the merger
  for (const day of ["2025-06-15", "2026-12-03", "2027-09-01", "2029-01-01"]) {
    it(`on ${day}`, () => {
      const c = buildCatalogue(day)
      expect(c.products.filter((p) => !parseOcopMetadata(p.metadata).ok).map((p) => p.handle)).toEqual([])
      for (const p of c.products) {
        const m = p.metadata as OcopMetadata
        const cert = m.ocop_certificate
        if (m.ocop_stars === 5) expect(cert.issuer).toMatch(cert.issued_at < "2025-03-01" ? /^Bộ Nông nghiệp và Phát triển nông thôn/ : /^Bộ Nông nghiệp và Môi trường/)
        else if (!m.ocop_legacy_province && provinceByCode(m.ocop_province)!.kind === "city") expect(cert.issuer).toMatch(/^UBND thành phố /)
        else expect(cert.issuer).toMatch(/^UBND tỉnh /)
        if (m.ocop_legacy_province) expect(cert.issued_at < "2025-07-01").toBe(true)
      }
      // while a pre-merger certificate can still be in date, former provinces stay findable
      if (day < "2028-05-01") expect(c.products.find((p) => p.handle === "mien-dong-tai-hoan")?.metadata).toMatchObject({ ocop_legacy_province: "Bắc Kạn" })
    })
  }
})
