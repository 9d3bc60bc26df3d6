import { describe, expect, it } from "vitest"
import { canonicalLegacyProvince, isCentralIssuer, issuerName, ministryOn, parseOcopMetadata, provinceByCode, provinceOfLegacy } from "./index"

const base = {
  ocop_stars: 4,
  ocop_province: "thai-nguyen",
  ocop_group: "food",
  ocop_subgroup: "processed",
  ocop_certificate: { number: "1234/QĐ-UBND", issued_at: "2025-03-01", expires_at: "2028-03-01", issuer: "UBND tỉnh Bắc Kạn" },
}
const withCert = (c: object, extra: object = {}) => ({ ...base, ...extra, ocop_certificate: { ...base.ocop_certificate, ...c } })
const problems = (input: unknown) => {
  const r = parseOcopMetadata(input)
  return r.ok ? [] : r.errors.map((e) => e.field)
}

describe("OCOP issuers", () => {
  it("the six centrally-run cities issue as UBND thành phố, the others as UBND tỉnh", () => {
    const cities = ["ha-noi", "hai-phong", "hue", "da-nang", "can-tho", "ho-chi-minh"]
    expect(cities.every((c) => provinceByCode(c)?.kind === "city")).toBe(true)
    expect(issuerName({ province: "ha-noi", issued_at: "2026-01-01" })).toBe("UBND thành phố Hà Nội")
    expect(issuerName({ province: "ho-chi-minh", issued_at: "2026-01-01" })).toBe("UBND thành phố Hồ Chí Minh")
    expect(issuerName({ province: "hue", issued_at: "2025-06-01" })).toBe("UBND thành phố Huế")
    expect(issuerName({ province: "thai-nguyen", issued_at: "2026-01-01" })).toBe("UBND tỉnh Thái Nguyên")
    // before the merger the former province issued
    expect(issuerName({ province: "thai-nguyen", legacy_province: "Bắc Kạn", issued_at: "2025-03-01" })).toBe("UBND tỉnh Bắc Kạn")
    expect(issuerName({ province: "hue", legacy_province: "Thừa Thiên Huế", issued_at: "2024-12-31" })).toBe("UBND tỉnh Thừa Thiên Huế")
  })

  it("the ministry is named as it was on the day of issue (renamed 1 March 2025)", () => {
    expect(ministryOn("2025-02-28")).toBe("Bộ Nông nghiệp và Phát triển nông thôn")
    expect(ministryOn("2025-03-01")).toBe("Bộ Nông nghiệp và Môi trường")
    expect(issuerName({ province: "ha-noi", issued_at: "2024-06-01", central: true })).toMatch(/^Bộ Nông nghiệp và Phát triển nông thôn/)
    expect(isCentralIssuer(issuerName({ province: "ha-noi", issued_at: "2026-06-01", central: true }))).toBe(true)
    expect(isCentralIssuer("UBND thành phố Hà Nội")).toBe(false)
    expect(isCentralIssuer("Hội đồng OCOP Trung ương")).toBe(true)
  })

  it("refuses a provincial issuer for 5★, naming the issuer field", () => {
    expect(problems(withCert({ issuer: "UBND tỉnh Thái Nguyên" }, { ocop_stars: 5 }))).toEqual(["metadata.ocop_certificate.issuer"])
    expect(problems(withCert({ issuer: "Bộ Nông nghiệp và Môi trường" }, { ocop_stars: 5 }))).toEqual([])
    expect(problems(withCert({ issuer: "UBND tỉnh Thái Nguyên" }, { ocop_stars: 4 }))).toEqual([])
  })
})

describe("former provinces", () => {
  it("Huế accepts Thừa Thiên Huế; Bà Rịa - Vũng Tàu with any dash", () => {
    expect(provinceOfLegacy("Thừa Thiên Huế")?.code).toBe("hue")
    for (const n of ["Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bà Rịa — Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa  –  Vũng Tàu"]) {
      expect(provinceOfLegacy(n)?.code).toBe("ho-chi-minh")
      expect(canonicalLegacyProvince(n)).toBe("Bà Rịa–Vũng Tàu")
    }
    const r = parseOcopMetadata(withCert({ issued_at: "2025-06-30", expires_at: "2028-06-30", issuer: "UBND tỉnh Bà Rịa - Vũng Tàu" }, { ocop_province: "ho-chi-minh", ocop_legacy_province: "Bà Rịa - Vũng Tàu" }))
    expect(r.ok && r.data.ocop_legacy_province).toBe("Bà Rịa–Vũng Tàu")
  })

  it("a former province only on certificates issued before its merger (1 July 2025; Huế 1 January 2025)", () => {
    expect(problems(withCert({ issued_at: "2025-06-30", expires_at: "2028-06-30" }, { ocop_legacy_province: "Bắc Kạn" }))).toEqual([])
    expect(problems(withCert({ issued_at: "2025-07-01", expires_at: "2028-07-01" }, { ocop_legacy_province: "Bắc Kạn" }))).toEqual(["metadata.ocop_legacy_province"])
    expect(problems(withCert({ issued_at: "2024-12-31", expires_at: "2027-12-31" }, { ocop_province: "hue", ocop_legacy_province: "Thừa Thiên Huế" }))).toEqual([])
    expect(problems(withCert({ issued_at: "2025-01-01", expires_at: "2028-01-01" }, { ocop_province: "hue", ocop_legacy_province: "Thừa Thiên Huế" }))).toEqual(["metadata.ocop_legacy_province"])
  })
})
