import { describe, expect, it } from "vitest"
import { fieldLabel, problemText } from "./field-messages"
import { GROUPS, type FieldErrorCode, type ProducerProductView } from "@ocop/shared"
import { checkForm, initialState, mendDraft, toBody, wholeNumber } from "./islands/editor-form"
import { productState } from "./product-state"
import { portalWords } from "./words"

const vi = portalWords("vi")
const en = portalWords("en")

function filled() {
  const s = initialState(null, "food")
  return {
    ...s,
    title: "Mật ong hoa nhãn",
    sizes: [{ title: "Hũ 500 g", price: "185.000", stock: "40" }],
    subgroup: "processed",
    province: "hung-yen",
    cert: { number: "2201/QĐ-UBND", issued_at: "2025-06-01", expires_at: "2028-06-01", issuer: "UBND tỉnh Hưng Yên" },
  }
}

describe("the product editor's checks before sending", () => {
  it("passes a complete form and sends prices as whole đồng typed the Vietnamese way", () => {
    const s = filled()
    expect(checkForm(s, vi)).toEqual({})
    const body = toBody(s, true, false)
    expect(body.variants).toEqual([{ title: "Hũ 500 g", price: 185000, stock: 40 }])
    expect(body.image_ids).toEqual([])
    expect(body.resubmit).toBeUndefined()
    expect(wholeNumber("1 250 000")).toBe(1250000)
    expect(wholeNumber("12,5")).toBeNaN()
  })

  it("names each bad field by the body's path, in the page's language", () => {
    const s = { ...filled(), title: "Mệ", sizes: [{ title: "Hũ", price: "500", stock: "-1" }, { title: "hũ", price: "x", stock: "" }] }
    s.cert = { ...s.cert, expires_at: "2028-06-02" }
    const e = checkForm(s, vi)
    expect(e).toEqual({
      title: "Cần ít nhất 3 ký tự.",
      "variants.0.price": "Giá ít nhất 1.000 ₫.",
      "variants.0.stock": "Nhập số lượng là số nguyên từ 0 trở lên.",
      "variants.1.title": vi.err_duplicate,
      "variants.1.price": vi.err_price_whole,
      "variants.1.stock": vi.err_required,
      "ocop.ocop_certificate.expires_at": "Chứng nhận OCOP có hiệu lực tối đa 36 tháng: hết hạn muộn nhất 2028-06-01.",
    })
    expect(checkForm(s, en).title).toBe("At least 3 characters.")
  })

  it("sends the photo list only when the producer changed it, and asks for review again after a rejection", () => {
    // only what initialState reads
    const product = { photos: [{ id: null, url: "https://x/a.webp" }], variants: [], ocop: {} } as unknown as ProducerProductView
    const s = { ...filled(), ...{ photos: initialState(product, "food").photos } }
    expect("image_ids" in toBody(s, false, false)).toBe(false)
    expect(toBody({ ...s, photosChanged: true }, false, true)).toMatchObject({ image_ids: [], resubmit: true })
  })
})

describe("a draft kept in the browser", () => {
  it("is restored under the group that holds its subgroup now (tea and coffee are food, Decision 148/QĐ-TTg)", () => {
    const old = { ...filled(), group: "beverage", subgroup: "tea" }
    expect(mendDraft(old, GROUPS)).toMatchObject({ group: "food", subgroup: "tea" })
    expect(checkForm(mendDraft(old, GROUPS), vi)).toEqual({})
    const fine = { ...filled(), group: "beverage", subgroup: "alcoholic" }
    expect(mendDraft(fine, GROUPS)).toBe(fine)
    const unfinished = { ...filled(), group: "beverage", subgroup: "" }
    expect(mendDraft(unfinished, GROUPS)).toBe(unfinished)
  })
})

describe("the backend's field problems, as the portal says them", () => {
  it("translates codes with their limits and labels sizes by number", () => {
    expect(problemText({ code: "too_small", params: { min: 1000 } }, vi)).toBe("Ít nhất 1.000.")
    expect(problemText({ code: "too_small", params: { min: 1000 } }, en)).toBe("At least 1,000.")
    expect(problemText({ code: "something_new" as FieldErrorCode }, vi)).toBe(vi.err_invalid)
    expect(fieldLabel("variants.1.price", vi)).toBe("Quy cách 2 — Giá (đồng)")
    expect(fieldLabel("ocop.ocop_certificate.expires_at", en)).toBe("Expires on")
  })
})

describe("one status per product", () => {
  const p = (status: string, verification: string, certificate: string) =>
    productState({ status, verification: { status: verification }, certificate_status: certificate } as Parameters<typeof productState>[0])
  it("puts what asks something of the producer first", () => {
    expect(p("published", "rejected", "valid")).toBe("rejected")
    expect(p("proposed", "pending", "valid")).toBe("review_first")
    expect(p("published", "pending", "valid")).toBe("on_sale_review")
    expect(p("published", "verified", "revoked")).toBe("revoked")
    expect(p("published", "verified", "expiring")).toBe("expiring")
    expect(p("published", "verified", "valid")).toBe("on_sale")
    expect(p("draft", "verified", "valid")).toBe("hidden")
  })
})
