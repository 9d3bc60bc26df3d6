import { describe, expect, it } from "vitest"
import { certificateStatus, parseOcopMetadata, publicStars, PROVINCES, GROUPS, mapLegacyGroup, formatMoney, foldVietnamese } from "./index"

const valid = {
  ocop_stars: 5,
  ocop_province: "thai-nguyen",
  ocop_legacy_province: "Bắc Kạn",
  ocop_group: "food",
  ocop_subgroup: "processed",
  ocop_certificate: { number: "1234/QĐ-UBND", issued_at: "2025-03-01", expires_at: "2028-03-01", issuer: "Hội đồng OCOP Trung ương" },
}

const fields = (input: unknown) => {
  const r = parseOcopMetadata(input)
  return r.ok ? [] : r.errors.map((e) => e.field)
}

describe("OCOP metadata schema", () => {
  it("accepts a complete 5★ product and normalises stars given as text", () => {
    const r = parseOcopMetadata({ ...valid, ocop_stars: "4" })
    expect(r.ok && r.data.ocop_stars).toBe(4)
  })

  it("names each missing field", () => {
    expect(fields({})).toEqual(
      expect.arrayContaining(["metadata.ocop_stars", "metadata.ocop_province", "metadata.ocop_group", "metadata.ocop_certificate"])
    )
  })

  it("rejects 1–2★ products, unknown provinces and subgroups of another group", () => {
    expect(fields({ ...valid, ocop_stars: 2 })).toEqual(["metadata.ocop_stars"])
    expect(fields({ ...valid, ocop_province: "atlantis" })).toEqual(["metadata.ocop_province"])
    expect(fields({ ...valid, ocop_subgroup: "alcoholic" })).toEqual(["metadata.ocop_subgroup"])
    // tea and coffee are food (Decision 148/QĐ-TTg, Annex, group 1): no longer beverages
    expect(fields({ ...valid, ocop_subgroup: "tea" })).toEqual([])
    expect(fields({ ...valid, ocop_group: "beverage", ocop_subgroup: "coffee" })).toEqual(["metadata.ocop_subgroup"])
  })

  it("points a former province to the province that absorbed it", () => {
    const r = parseOcopMetadata({ ...valid, ocop_province: "Bắc Kạn" })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors[0].message).toContain("thai-nguyen")
    expect(fields({ ...valid, ocop_province: "ha-noi" })).toEqual(["metadata.ocop_legacy_province"])
  })

  it("enforces the 36-month validity of a certificate", () => {
    const cert = { ...valid.ocop_certificate, expires_at: "2028-03-02" }
    expect(fields({ ...valid, ocop_certificate: cert })).toEqual(["metadata.ocop_certificate.expires_at"])
    expect(fields({ ...valid, ocop_certificate: { ...cert, expires_at: "2025-01-01" } })).toEqual([
      "metadata.ocop_certificate.expires_at",
    ])
    expect(fields({ ...valid, ocop_certificate: { ...cert, issued_at: "2025-02-30" } })).toContain(
      "metadata.ocop_certificate.issued_at"
    )
  })

  it("checks a score against the star band", () => {
    expect(fields({ ...valid, ocop_score: 92 })).toEqual([])
    expect(fields({ ...valid, ocop_score: 75 })).toEqual(["metadata.ocop_score"])
  })
})

describe("certificate status and public stars", () => {
  const cert = valid.ocop_certificate
  it("shows stars until the day of expiry, warns 60 days before, hides after", () => {
    expect(certificateStatus(cert, "2026-01-01")).toBe("valid")
    expect(certificateStatus(cert, "2028-01-15")).toBe("expiring")
    expect(certificateStatus(cert, "2028-03-01")).toBe("expiring")
    expect(certificateStatus(cert, "2028-03-02")).toBe("expired")
    expect(publicStars(valid as never, "2028-03-02")).toBeNull()
    expect(publicStars(valid as never, "2027-03-02")).toBe(5)
  })
  it("hides stars of a revoked certificate", () => {
    expect(publicStars({ ...valid, ocop_certificate: { ...cert, revoked_at: "2026-05-01" } } as never, "2026-06-01")).toBeNull()
  })
})

describe("reference lists", () => {
  it("has the 34 provinces since 2025 and the 6 groups of Decision 148", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34)
    expect(GROUPS.map((g) => g.code)).toEqual(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"])
    expect(mapLegacyGroup("souvenirs")).toEqual({ group: "handicraft", subgroup: "craft" })
  })
  it("formats VND without minor units and folds diacritics", () => {
    expect(formatMoney(125000).replace(/\u00a0/g, " ")).toBe("125.000 ₫")
    expect(foldVietnamese("Nước mắm Đà Nẵng")).toBe("nuoc mam da nang")
  })

  it("shows stars only once staff verified the certificate a producer entered", () => {
    const base = { ocop_stars: 4, ocop_certificate: { expires_at: "2029-01-01" } }
    expect(publicStars({ ...base, ocop_verification: { status: "pending" } } as never, "2027-01-01")).toBeNull()
    expect(publicStars({ ...base, ocop_verification: { status: "rejected", note: "scan unreadable" } } as never, "2027-01-01")).toBeNull()
    expect(publicStars({ ...base, ocop_verification: { status: "verified" } } as never, "2027-01-01")).toBe(4)
    expect(publicStars(base as never, "2027-01-01")).toBe(4)
    const r = parseOcopMetadata({ ...valid, ocop_verification: { status: "approved" } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0].field).toBe("metadata.ocop_verification.status")
  })
})
