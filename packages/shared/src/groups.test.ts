import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { GROUPS, groupByCode, groupOfSubgroup, subgroupOf } from "./groups"

// Decision 148/QĐ-TTg (24/02/2023), Annex: "Chè" and "Cà phê, ca cao" are product sets of group 1
// "Thực phẩm"; group 2 "Đồ uống" holds alcoholic and non-alcoholic drinks (issue #14 corrected the
// earlier placement of tea and coffee under beverages).
describe("product groups of Decision 148/QĐ-TTg", () => {
  it("places tea and coffee under food, with their names", () => {
    expect(groupOfSubgroup("tea")?.code).toBe("food")
    expect(groupOfSubgroup("coffee")?.code).toBe("food")
    expect(subgroupOf("food", "tea")?.name).toBe("Chè và sản phẩm từ chè")
    expect(subgroupOf("food", "coffee")?.name).toBe("Cà phê, ca cao")
    expect(subgroupOf("beverage", "tea")).toBeUndefined()
    expect(subgroupOf("beverage", "coffee")).toBeUndefined()
  })

  it("keeps beverages to alcoholic and other non-alcoholic drinks", () => {
    expect(groupByCode("beverage")?.name).toBe("Đồ uống")
    expect(groupByCode("beverage")?.subgroups.map((s) => s.code)).toEqual(["alcoholic", "non-alcoholic"])
    expect(groupByCode("food")?.subgroups.map((s) => s.code)).toEqual(["fresh", "raw", "processed", "spice", "tea", "coffee"])
  })

  it("has subgroup codes unique across groups (a subgroup names its group)", () => {
    const codes = GROUPS.flatMap((g) => g.subgroups.map((s) => s.code))
    expect(new Set(codes).size).toBe(codes.length)
  })

  it("names its source beside the table", () => {
    const source = readFileSync(join(__dirname, "groups.ts"), "utf8")
    const header = source.slice(0, source.indexOf("export "))
    expect(header).toMatch(/Annex of Decision 148\/QĐ-TTg/)
    expect(header).toMatch(/group 1 "Thực phẩm"/)
    expect(header).not.toMatch(/should be read/)
  })
})
