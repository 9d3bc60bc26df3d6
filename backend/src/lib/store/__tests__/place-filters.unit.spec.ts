import { provinceAndTypeFilters } from "../place-filters"

describe("provinceAndTypeFilters", () => {
  it("filters by what was asked for, and by nothing when nothing was", () => {
    expect(provinceAndTypeFilters({})).toEqual({})
    expect(provinceAndTypeFilters({ province: "ha-noi" })).toEqual({ province: "ha-noi" })
    expect(provinceAndTypeFilters({ type: "cooperative" })).toEqual({ type: "cooperative" })
    expect(provinceAndTypeFilters({ province: "ha-noi", type: "cooperative" })).toEqual({ province: "ha-noi", type: "cooperative" })
  })
})
