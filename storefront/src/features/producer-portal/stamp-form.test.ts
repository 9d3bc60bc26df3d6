import type { FieldProblem } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { batchStatusText, stampable, stampBody, stampErrors, stampProblems, stampValues } from "./stamp-form"
import { portalWords } from "./words"

const vi = portalWords("vi")
const en = portalWords("en")

function form(fields: Record<string, string>) {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe("the stamp request form", () => {
  it("keeps what was typed and sends only what was filled in, a Vietnamese-typed quantity as a number", () => {
    const v = stampValues(form({ intent: "stamps", product_id: "prod_1", quantity: " 1.000 ", lot: " L2026-05 ", produced_on: "2026-11-20", best_before: "", note: "" }))
    expect(v).toEqual({ product_id: "prod_1", quantity: "1.000", lot: "L2026-05", produced_on: "2026-11-20", best_before: "", note: "" })
    expect(stampBody(v)).toEqual({ product_id: "prod_1", quantity: 1000, lot: "L2026-05", produced_on: "2026-11-20" })
    // not a number: sent as typed, for the backend to name; empty: left out, so the backend says it is required
    expect(stampBody({ ...v, quantity: "hai chục" }).quantity).toBe("hai chục")
    expect("quantity" in stampBody({ ...v, quantity: "" })).toBe(false)
  })

  it("says the backend's field problems beside each field, in the page's language", () => {
    const problems: Pick<FieldProblem, "field" | "code" | "params">[] = [
      { field: "lot", code: "invalid_format", params: { format: "regex" } },
      { field: "quantity", code: "too_big", params: { max: 10000 } },
      { field: "best_before", code: "invalid" },
      { field: "product_id", code: "required" },
    ]
    expect(stampProblems(problems, vi)).toEqual({
      lot: vi.err_lot,
      quantity: "Nhiều nhất 10.000.",
      best_before: "Hạn sử dụng phải sau ngày sản xuất.",
      product_id: "Hãy chọn sản phẩm cần xin tem.",
    })
    expect(stampProblems(problems, en).quantity).toBe("At most 10,000.")
    expect(stampProblems([{ field: "quantity", code: "invalid_type" }], vi).quantity).toBe(vi.err_quantity_whole)
    expect(stampProblems([{ field: "produced_on", code: "invalid_format" }], vi).produced_on).toBe(vi.err_day)
    expect(stampProblems([{ field: "gtin", code: "unknown_field" }], vi)).toEqual({ form: vi.stampsFailed })
  })

  it("turns a refusal of the whole request into a sentence beside the product", () => {
    const message = "Mật ong has no valid verified OCOP certificate (123/QĐ is expired): stamps can only vouch for a certified product"
    // the backend answers it as a problem of the body, or with no problems at all
    expect(stampErrors(400, message, [{ field: "body", code: "invalid", message } as FieldProblem], vi)).toEqual({ product_id: vi.stampsNotCertified })
    expect(stampErrors(400, message, [], en)).toEqual({ product_id: en.stampsNotCertified })
    expect(stampErrors(400, "Invalid body: lot must be 1–20 letters", [{ field: "lot", code: "invalid_format" }], vi)).toEqual({ lot: vi.err_lot })
    expect(stampErrors(400, "something else", [], vi)).toEqual({ form: vi.stampsFailed })
    expect(stampErrors(404, "Product prod_x was not found among your products", [], vi)).toEqual({ product_id: vi.err_not_found })
    expect(stampErrors(409, "conflict", [], vi)).toBeNull()
  })
})

describe("stamps and their batches", () => {
  it("are for verified products whose certificate is in date", () => {
    const p = (status: string, certificate: string) => stampable({ verification: { status }, certificate_status: certificate } as Parameters<typeof stampable>[0])
    expect(p("verified", "valid")).toBe(true)
    expect(p("verified", "expiring")).toBe(true)
    expect(p("verified", "expired")).toBe(false)
    expect(p("pending", "valid")).toBe(false)
    expect(p("rejected", "valid")).toBe(false)
  })

  it("say where a batch stands in plain words, staff's reason with a decline", () => {
    expect(batchStatusText({ status: "requested", note: "giao trước Tết" }, vi)).toBe("Chờ cán bộ duyệt")
    expect(batchStatusText({ status: "issued", note: null }, vi)).toBe("Đã phát hành")
    expect(batchStatusText({ status: "declined", note: "Số lô không khớp bao bì" }, vi)).toBe("Bị từ chối: Số lô không khớp bao bì")
    expect(batchStatusText({ status: "declined", note: null }, en)).toBe("Declined: staff gave no reason")
  })
})
