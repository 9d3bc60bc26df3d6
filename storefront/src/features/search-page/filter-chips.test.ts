import { StoreProductSearchSchema } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { filterChips } from "./filter-chips"

describe("active-filter chips", () => {
  it("gives one chip per value, as the backend's schema reads the same URL", () => {
    const params = new URLSearchParams("q=chè, mật ong&province=ha-noi,hue&province=lao-cai&stars_min=4&page=3&sort=newest")
    const chips = filterChips(params)
    expect(chips.map((c) => [c.key, c.value])).toEqual([
      ["q", "chè, mật ong"],
      ["stars_min", "4"],
      ["province", "ha-noi"],
      ["province", "hue"],
      ["province", "lao-cai"],
    ])
    // the query as the storefront sends it (product-search.ts), read by the backend's schema
    const query = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)]))
    const parsed = StoreProductSearchSchema.parse(query)
    expect(parsed.province).toEqual(chips.filter((c) => c.key === "province").map((c) => c.value))
  })

  it("removes only its own value and goes back to the first page", () => {
    const chip = filterChips(new URLSearchParams("province=ha-noi,hue&group=food&page=2")).find((c) => c.value === "ha-noi")!
    expect(chip.href).toBe("?province=hue&group=food")
    const q = filterChips(new URLSearchParams("q=tra&sort=newest")).find((c) => c.key === "q")!
    expect(q.href).toBe("?sort=newest")
  })
})
