import { describe, expect, it } from "vitest"
import { switchLocalePath } from "../../lib/i18n"
import { groupLabel, provinceLabel, subgroupLabel } from "../../lib/labels"
import { searchParamsFromUrl } from "./product-search"

describe("URL state of the search page", () => {
  it("keeps only the search parameters the shop understands, repeated values included", () => {
    const p = searchParamsFromUrl(new URL("http://x/?q=ch%C3%A8&province=ha-noi&province=hue&utm_source=fb&page=2&stars_min="))
    expect([...p]).toEqual([
      ["q", "chè"],
      ["province", "ha-noi"],
      ["province", "hue"],
      ["page", "2"],
    ])
  })

  it("switches language on the same path", () => {
    expect(switchLocalePath("/", "en")).toBe("/en/")
    expect(switchLocalePath("/en/", "vi")).toBe("/")
    expect(switchLocalePath("/chu-the/htx-tai-hoan", "en")).toBe("/en/chu-the/htx-tai-hoan")
    expect(switchLocalePath("/en/chu-the/htx-tai-hoan", "vi")).toBe("/chu-the/htx-tai-hoan")
  })

  it("names groups and provinces in the page's language and leaves unknown codes as they are", () => {
    expect(groupLabel("beverage", "vi")).toBe("Đồ uống")
    expect(groupLabel("beverage", "en")).toBe("Beverages")
    // tea and coffee are food (Decision 148/QĐ-TTg, Annex, group 1): named whatever group a link carries
    expect(groupLabel("food", "vi")).toBe("Thực phẩm")
    expect(subgroupLabel("tea", "vi")).toBe("Chè và sản phẩm từ chè")
    expect(subgroupLabel("coffee", "en")).toBe("Coffee and cocoa")
    expect(provinceLabel("ho-chi-minh", "vi")).toBe("TP Hồ Chí Minh")
    expect(provinceLabel("atlantis", "en")).toBe("atlantis")
  })
})

describe("translations", () => {
  it("has every message in both languages", async () => {
    const { MESSAGE_KEYS } = await import("../../lib/i18n")
    expect([...MESSAGE_KEYS.en].sort()).toEqual([...MESSAGE_KEYS.vi].sort())
  })

  it("has every producer-portal word in both languages, none left in English on the Vietnamese side", async () => {
    const { portalWords } = await import("../producer-portal/words")
    const [vi, en] = [portalWords("vi"), portalWords("en")]
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    // a Vietnamese word equal to its English one is a missed translation (a few are the same in both)
    const same = Object.keys(vi).filter((k) => vi[k as keyof typeof vi] === en[k as keyof typeof en])
    expect(same.sort()).toEqual(["email"])
  })
})
