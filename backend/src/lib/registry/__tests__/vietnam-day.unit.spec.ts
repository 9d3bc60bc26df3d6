import { liveStatus, vietnamDay } from "../facts"

// Certificate expiry is read in Vietnam's calendar: at 17:30 UTC it is 00:30 of the next day there.
describe("registry dates in Vietnam's calendar", () => {
  afterEach(() => jest.useRealTimers())

  it("today moves at 17:00 UTC, not at midnight UTC", () => {
    jest.useFakeTimers().setSystemTime(new Date("2026-11-19T17:30:00Z"))
    expect(vietnamDay()).toBe("2026-11-20")
    jest.setSystemTime(new Date("2026-11-19T16:59:00Z"))
    expect(vietnamDay()).toBe("2026-11-19")
  })

  it("a certificate expiring on 19/11 is expired at 00:30 Vietnam time on 20/11", () => {
    const cert = { status: "verified" as const, expires_at: "2026-11-19" }
    jest.useFakeTimers().setSystemTime(new Date("2026-11-19T16:59:00Z"))
    expect(liveStatus(cert)).not.toBe("expired")
    jest.setSystemTime(new Date("2026-11-19T17:30:00Z"))
    expect(liveStatus(cert)).toBe("expired")
  })
})
