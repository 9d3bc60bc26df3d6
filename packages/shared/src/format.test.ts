import { afterEach, describe, expect, it, vi } from "vitest"
import { formatVietnamDate, vietnamDayOf, vietnamToday } from "./format"
import { certificateStatus, publicStars, type OcopMetadata } from "./metadata"

describe("Vietnam's calendar (Asia/Ho_Chi_Minh, UTC+7)", () => {
  afterEach(() => vi.useRealTimers())

  it("today at 17:30 UTC is already the next day in Vietnam (00:30)", () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date("2026-11-19T17:30:00Z"))
    expect(vietnamToday()).toBe("2026-11-20")
    expect(new Date().toISOString().slice(0, 10)).toBe("2026-11-19") // what UTC would have said
  })

  it("today at 16:59 UTC is still the same day in Vietnam (23:59)", () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date("2026-11-19T16:59:00Z"))
    expect(vietnamToday()).toBe("2026-11-19")
  })

  it("takes the clock as an argument too; year and month turn over in Vietnam's time", () => {
    expect(vietnamToday(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01")
    expect(vietnamToday("2026-02-28T17:00:00Z")).toBe("2026-03-01")
  })

  it("an order placed at 00:30 Vietnam time shows that day", () => {
    const placed = "2026-11-19T17:30:00.000Z"
    expect(vietnamDayOf(placed)).toBe("2026-11-20")
    expect(formatVietnamDate(placed)).toBe("20/11/2026")
    expect(formatVietnamDate(placed, "en-US")).toBe("11/20/2026")
    expect(formatVietnamDate("2026-11-19T16:59:00Z")).toBe("19/11/2026")
  })

  it("a plain day is the day as written, whatever the machine's zone", () => {
    expect(vietnamDayOf("2026-11-20")).toBe("2026-11-20")
    expect(formatVietnamDate("2026-11-20")).toBe("20/11/2026")
    expect(formatVietnamDate(null)).toBe("")
    expect(formatVietnamDate("not a date")).toBe("")
  })

  it("a certificate expiring on 19/11 has expired at 00:30 Vietnam time on 20/11 (stars come off)", () => {
    const meta: Partial<OcopMetadata> = {
      ocop_stars: 4,
      ocop_certificate: { number: "1/QĐ-UBND", issuer: "UBND tỉnh Thái Nguyên", issued_at: "2023-11-19", expires_at: "2026-11-19" },
    }
    vi.useFakeTimers()
    vi.setSystemTime(new Date("2026-11-19T16:59:00Z"))
    expect(certificateStatus(meta.ocop_certificate)).toBe("expiring")
    expect(publicStars(meta)).toBe(4)
    vi.setSystemTime(new Date("2026-11-19T17:30:00Z"))
    expect(certificateStatus(meta.ocop_certificate)).toBe("expired")
    expect(publicStars(meta)).toBe(null)
  })
})
