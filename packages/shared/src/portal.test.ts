import { describe, expect, it } from "vitest"
import { formatDateTime } from "./format"
import { paymentMethodOf } from "./portal"

describe("paymentMethodOf", () => {
  it("names the shop's providers and passes others through", () => {
    expect(paymentMethodOf("pp_cod_ocop")).toBe("cod")
    expect(paymentMethodOf("pp_vietqr_ocop")).toBe("vietqr")
    expect(paymentMethodOf("pp_stripe_stripe")).toBe("card")
    expect(paymentMethodOf("pp_system_default")).toBe("pp_system_default")
    expect(paymentMethodOf(null)).toBeNull()
    expect(paymentMethodOf(undefined)).toBeNull()
  })
})

describe("formatDateTime", () => {
  it("shows a moment on Vietnam's clock, also across midnight UTC", () => {
    // 23:30 UTC on 1 January is 06:30 on 2 January in Hà Nội
    const vi = formatDateTime("2027-01-01T23:30:00Z", "vi-VN")
    expect(vi).toContain("02/01/2027")
    expect(vi).toContain("06:30")
    const en = formatDateTime("2027-01-01T23:30:00Z", "en-US")
    expect(en).toContain("01/02/2027")
    expect(en).toContain("06:30")
  })
})
