import { parseDigitalLink, stampUrl, type TraceCertificateStatus } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { localDate } from "../../lib/i18n"
import { certificateStatusText, digitalLinkMatches, historyStatusText, readReport } from "./trace-facts"
import { traceWords } from "./words"

const vi = traceWords("vi")
const en = traceWords("en")
const STATUSES: TraceCertificateStatus[] = ["valid", "expiring", "expired", "revoked", "superseded", "pending"]

describe("a certificate's status in plain words", () => {
  it("says valid, expiring with its date, expired, revoked, superseded and pending in both languages", () => {
    const at = (status: TraceCertificateStatus) => certificateStatusText({ status, expires_at: "2027-11-20" }, vi, "vi")
    expect(at("valid")).toMatchObject({ tone: "ok", text: "Còn hiệu lực" })
    expect(at("expiring")).toMatchObject({ tone: "warn", text: "Sắp hết hạn: còn hiệu lực đến 20/11/2027" })
    expect(at("expired").text).toBe("Đã hết hạn ngày 20/11/2027")
    expect(at("revoked")).toMatchObject({ tone: "bad", text: "Đã bị thu hồi" })
    expect(at("superseded").text).toBe("Đã được thay bằng chứng nhận mới")
    expect(at("pending").tone).toBe("wait")
    for (const status of STATUSES) {
      const s = certificateStatusText({ status, expires_at: "2027-11-20" }, en, "en")
      expect(s.text).not.toMatch(/\{|undefined/)
      expect(s.note).toBeTruthy()
    }
    expect(certificateStatusText({ status: "expiring", expires_at: "2027-11-20" }, en, "en").text).toBe("Expiring soon: valid until 11/20/2027")
  })

  it("names every status of the star history", () => {
    for (const status of ["pending", "verified", "rejected", "revoked", "expired", "superseded"] as const) {
      expect(historyStatusText(status, vi)).toBeTruthy()
      expect(historyStatusText(status, en)).toBeTruthy()
    }
  })
})

describe("dates are Vietnam's", () => {
  it("reads a day as it is and a moment as its day in Asia/Ho_Chi_Minh", () => {
    expect(localDate("vi", "2026-11-20")).toBe("20/11/2026")
    expect(localDate("vi", "2026-11-20T00:00:00.000Z")).toBe("20/11/2026")
    // 23:30 UTC is already the next morning in Vietnam
    expect(localDate("vi", "2026-11-19T23:30:00.000Z")).toBe("20/11/2026")
    expect(localDate("en", "2026-11-19T17:00:00Z")).toBe("11/20/2026")
    expect(localDate("vi", null)).toBe("")
  })
})

describe("a Digital Link opens its own stamp only", () => {
  const gtin13 = "8934567890120"
  const record = { serial: "K7M2QH9VX48", batch: { lot: "L2026-05", produced_on: null, best_before: null, gtin: gtin13, issued_at: null } }
  const link = (stamp: { gtin?: string | null; lot?: string | null; serial?: string }) =>
    parseDigitalLink(new URL(stampUrl("https://cho-ocop.vn", { serial: record.serial, gtin: gtin13, lot: record.batch.lot, ...stamp })).pathname)!

  it("matches the stamp's GTIN (any length) and lot, or a link without the lot", () => {
    expect(digitalLinkMatches(link({}), record)).toBe(true)
    expect(digitalLinkMatches(link({ lot: null }), record)).toBe(true)
    expect(digitalLinkMatches(link({}), { ...record, batch: { ...record.batch, gtin: `0${gtin13}` } })).toBe(true)
  })

  it("refuses another product's GTIN, another lot, a batch without GTIN and another serial", () => {
    expect(digitalLinkMatches(link({ gtin: "8934567890137" }), record)).toBe(false)
    expect(digitalLinkMatches(link({ lot: "L2026-06" }), record)).toBe(false)
    expect(digitalLinkMatches(link({}), { ...record, batch: { ...record.batch, gtin: null } })).toBe(false)
    expect(digitalLinkMatches({ ...link({}), serial: "DK5BEJE3ZGA" }, record)).toBe(false)
  })
})

describe("the report form", () => {
  const form = (fields: Record<string, string>) => {
    const f = new FormData()
    for (const [k, v] of Object.entries(fields)) f.set(k, v)
    return f
  }

  it("sends the serial as printed (capitals, no spaces) and leaves empty fields out", () => {
    expect(readReport(form({ serial: " k7m2 qh9v x48 ", message: "", contact: "" }), vi)).toMatchObject({
      problems: {},
      body: { serial: "K7M2QH9VX48" },
    })
    const { body } = readReport(form({ serial: "zz-not-a-serial!", message: "Tem bị bóc\r\ndán lại", contact: "0912345678" }), vi)
    expect(body).toEqual({ serial: "zz-not-a-serial!", message: "Tem bị bóc\ndán lại", contact: "0912345678" })
  })

  it("says what is wrong, beside each field, in the page's language", () => {
    const { problems, body, input } = readReport(form({ serial: " ", message: "a".repeat(1001), contact: "b".repeat(201) }), vi)
    expect(body).toBeNull()
    expect(problems).toEqual({ serial: "Nhập mã in trên tem.", message: "Tối đa 1000 ký tự (bạn đã viết 1001).", contact: "Tối đa 200 ký tự." })
    expect(input.message.length).toBe(1001)
    expect(readReport(form({ serial: "" }), en).problems.serial).toBe("Enter the code printed on the stamp.")
  })

  it("counts a line break as one character, as the textarea's limit does", () => {
    const message = `${"a".repeat(499)}\r\n${"b".repeat(500)}`
    expect(readReport(form({ serial: "K7M2QH9VX48", message }), vi).problems).toEqual({})
  })
})
