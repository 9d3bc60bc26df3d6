import { describe, expect, it } from "vitest"
import { deliveryText } from "./i18n"

// The backend's delivery options (backend/src/modules/ocop-delivery/setup.ts) carry Vietnamese names;
// the checkout names them in the page's language by their type code.
const seeded = [
  { code: "home-standard", name: "Giao hàng tiêu chuẩn", description: "2–4 ngày làm việc; phí theo vùng" },
  { code: "home-express", name: "Giao hàng nhanh", description: "1–2 ngày làm việc; phí theo vùng" },
  { code: "pickup", name: "Nhận tại điểm bán OCOP", description: "Miễn phí; nhận ở điểm bán có đủ hàng" },
]

describe("delivery options in the page's language", () => {
  it("English checkout shows English names and descriptions", () => {
    expect(seeded.map((o) => deliveryText("en", o).name)).toEqual(["Standard delivery", "Express delivery", "Pick up at an OCOP sales point"])
    for (const o of seeded) {
      const en = deliveryText("en", o)
      expect(en.description).not.toBe(o.description)
      expect(en.description).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
    }
  })

  it("Vietnamese checkout shows the Vietnamese words", () => {
    for (const o of seeded) expect(deliveryText("vi", o)).toEqual({ name: o.name, description: o.description })
  })

  it("an option without words keeps the backend's name and description", () => {
    expect(deliveryText("en", { code: "drone", name: "Giao bằng drone", description: "Thử nghiệm" })).toEqual({ name: "Giao bằng drone", description: "Thử nghiệm" })
    expect(deliveryText("en", { code: "drone", name: "Giao bằng drone" }).description).toBe("")
  })
})
