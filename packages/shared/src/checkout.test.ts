import { describe, expect, it } from "vitest"
import { deliveryAddressSchema, normalizePhone } from "./address"
import { DELIVERY_RATES, deliveryRate, deliveryZone } from "./delivery"
import { PROVINCES } from "./provinces"

describe("Vietnamese phone numbers", () => {
  it("accepts the ways people write a number and stores one form", () => {
    for (const input of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "84-912-345-678", "(024) 3826 4411"]) {
      expect([input, normalizePhone(input)]).toEqual([input, expect.stringMatching(/^0\d{9,10}$/)])
    }
    expect(normalizePhone("+84 912 345 678")).toBe("0912345678")
    expect(normalizePhone("(024) 3826 4411")).toBe("02438264411") // landlines have 11 digits
  })

  it("refuses what no courier can call", () => {
    for (const input of ["", "12345", "0012345678", "091234567", "09123456789", "phone", "+1 415 555 0100"]) {
      expect([input, normalizePhone(input)]).toEqual([input, null])
    }
  })
})

describe("delivery addresses since the 2025 reform", () => {
  const valid = { full_name: "Nguyễn Văn An", phone: "0912 345 678", province: "thai-nguyen", ward: "Xã Côn Minh", street: "Thôn Nà Làng" }

  it("takes province, ward and street — no district — and normalises the phone", () => {
    expect(deliveryAddressSchema.parse(valid)).toEqual({ ...valid, phone: "0912345678" })
  })

  it("names every field that is wrong", () => {
    const r = deliveryAddressSchema.safeParse({ ...valid, province: "bac-kan", ward: "", phone: "1", email: "not-an-email" })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["email", "phone", "province", "ward"])
  })
})

describe("delivery zones", () => {
  it("puts every one of the 34 provinces in a zone, the two warehouse cities in the cheapest", () => {
    const zones = PROVINCES.map((p) => deliveryZone(p.code))
    expect(zones.every((z) => z !== null)).toBe(true)
    expect(PROVINCES.filter((p) => deliveryZone(p.code) === "metro").map((p) => p.code).sort()).toEqual(["ha-noi", "ho-chi-minh"])
    expect(deliveryZone("hue")).toBe("far")
    expect(deliveryZone("bac-kan")).toBeNull() // merged into Thái Nguyên in 2025
  })

  it("charges more further away and more for express", () => {
    for (const service of ["home-standard", "home-express"] as const) {
      const r = DELIVERY_RATES[service]
      expect(r.metro).toBeLessThan(r.near)
      expect(r.near).toBeLessThan(r.far)
    }
    expect(deliveryRate("home-express", "hue")!).toBeGreaterThan(deliveryRate("home-standard", "hue")!)
    expect(deliveryRate("home-standard", "atlantis")).toBeNull()
  })
})
