import { describe, expect, it } from "vitest"
import { z } from "zod"
import { parseOcopMetadata, zodProblems } from "./index"

const body = z
  .object({
    title: z.string().trim().min(3),
    price: z.number().int().min(1000).max(100_000_000),
    sizes: z.array(z.string()).min(1).max(2),
    kind: z.enum(["image", "certificate"]),
  })
  .strict()

describe("field problems: a stable code per field that a page can translate", () => {
  it("names each field with a code and its limits", () => {
    const r = body.safeParse({ title: "ab", price: 1500.5, sizes: [], kind: "video", owner: "x" }, { reportInput: true })
    expect(r.success).toBe(false)
    const byField = Object.fromEntries(zodProblems(r.error!).map((p) => [p.field, [p.code, p.params]]))
    expect(byField).toEqual({
      title: ["too_short", { min: 3 }],
      price: ["not_integer", undefined],
      sizes: ["too_few", { min: 1 }],
      kind: ["invalid_option", undefined],
      owner: ["unknown_field", undefined],
    })
    const small = body.safeParse({ title: "Hũ mật", price: 10, sizes: ["a", "b", "c"], kind: "image" })
    expect(zodProblems(small.error!).map((p) => [p.field, p.code, p.params])).toEqual([
      ["price", "too_small", { min: 1000 }],
      ["sizes", "too_many", { max: 2 }],
    ])
    expect(zodProblems(body.safeParse({}, { reportInput: true }).error!).every((p) => p.code === "required")).toBe(true)
    const custom = z.object({ title: z.string({ error: "is required (e.g. Hộp 500 g)" }) })
    expect(zodProblems(custom.safeParse({}, { reportInput: true }).error!)[0].code).toBe("required")
  })

  it("gives the OCOP schema's own rules their codes", () => {
    const r = parseOcopMetadata({
      ocop_stars: 4,
      ocop_province: "Bắc Kạn",
      ocop_group: "food",
      ocop_subgroup: "tea",
      ocop_certificate: { number: "12/QĐ", issued_at: "2025-01-01", expires_at: "2029-01-01", issuer: "UBND tỉnh" },
    })
    expect(r.ok).toBe(false)
    if (r.ok) throw new Error("expected problems")
    const codes = Object.fromEntries(r.errors.map((e) => [e.field, [e.code, e.params]]))
    expect(codes["metadata.ocop_province"]).toEqual(["former_province", { province: "thai-nguyen" }])
    expect(codes["metadata.ocop_certificate.expires_at"]).toEqual(["validity_too_long", { months: 36, latest: "2028-01-01" }])
    const order = parseOcopMetadata({
      ocop_stars: 4, ocop_province: "hung-yen", ocop_group: "food", ocop_subgroup: "processed",
      ocop_certificate: { number: "12/QĐ", issued_at: "2025-01-01", expires_at: "2024-01-01", issuer: "UBND tỉnh" },
    })
    if (order.ok) throw new Error("expected problems")
    expect(order.errors.map((e) => e.code)).toEqual(["date_order"])
  })
})
