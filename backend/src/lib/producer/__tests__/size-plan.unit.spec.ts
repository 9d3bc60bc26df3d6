import { usdPriceOf } from "@ocop/shared"
import { InvalidFieldsError } from "../../invalid-fields"
import { planSizes, SIZE_OPTION, type CurrentSizes } from "../size-plan"

const current: CurrentSizes = {
  product_id: "prod_1",
  option: {
    id: "opt_1",
    is_exclusive: true,
    values: [
      { id: "v250", value: "Chai 250ml" },
      { id: "v500", value: "Chai 500ml" },
      { id: "v1l", value: "Chai 1 lít" },
    ],
  },
  variants: [
    { id: "variant_a", title: "Chai 250ml", value: "Chai 250ml" },
    { id: "variant_b", title: "Chai 500ml", value: "Chai 500ml" },
    { id: "variant_c", title: "Chai 1 lít", value: "Chai 1 lít" },
  ],
}

describe("planSizes", () => {
  it("keeps, renames, adds and removes sizes with their option values", () => {
    const plan = planSizes(current, [
      { id: "variant_a", title: "Chai 250ml", price: 50000, stock: 3 },
      { id: "variant_b", title: "Chai 0,5 lít", price: 90000, stock: 2 },
      { title: "Hộp quà", price: 300000, stock: 1 },
    ])
    expect(plan.new_values).toEqual(["Chai 0,5 lít", "Hộp quà"])
    expect(plan.option_values).toEqual(["Chai 250ml", "Chai 500ml", "Chai 1 lít"])
    expect(plan.titles).toEqual(["Chai 250ml", "Chai 0,5 lít", "Hộp quà"])
    expect(plan.delete_variant_ids).toEqual(["variant_c"])
    expect(plan.update_variants).toEqual([
      { id: "variant_a", title: "Chai 250ml", prices: [{ amount: 50000, currency_code: "vnd" }, { amount: usdPriceOf(50000), currency_code: "usd" }] },
      {
        id: "variant_b",
        title: "Chai 0,5 lít",
        options: { [SIZE_OPTION]: "Chai 0,5 lít" },
        prices: [{ amount: 90000, currency_code: "vnd" }, { amount: usdPriceOf(90000), currency_code: "usd" }],
      },
    ])
    expect(plan.previous_options).toEqual([{ id: "variant_b", options: { [SIZE_OPTION]: "Chai 500ml" } }])
    expect(plan.create_variants).toEqual([
      expect.objectContaining({ product_id: "prod_1", title: "Hộp quà", manage_inventory: true, options: { [SIZE_OPTION]: "Hộp quà" } }),
    ])
    expect(plan.remove_value_ids).toEqual(["v500", "v1l"])
    expect(plan.delete_value_ids).toEqual(["v500", "v1l"])
  })

  it("lets a size take a removed size's title, and keeps values of a shared option", () => {
    const plan = planSizes({ ...current, option: { ...current.option, is_exclusive: false } }, [
      { id: "variant_a", title: "Chai 1 lít", price: 50000, stock: 3 },
    ])
    expect(plan.delete_variant_ids).toEqual(["variant_b", "variant_c"])
    expect(plan.new_values).toEqual([])
    expect(plan.remove_value_ids).toEqual(["v250", "v500"])
    expect(plan.delete_value_ids).toEqual([])
  })

  it("refuses a rename onto the title another kept size still has", () => {
    const swap = () =>
      planSizes(current, [
        { id: "variant_a", title: "Chai 500ml", price: 50000, stock: 3 },
        { id: "variant_b", title: "Chai 250ml", price: 90000, stock: 2 },
      ])
    expect(swap).toThrow(InvalidFieldsError)
    try {
      swap()
    } catch (e) {
      expect((e as InvalidFieldsError).problems.map((p) => [p.field, p.code])).toEqual([
        ["variants.0.title", "duplicate"],
        ["variants.1.title", "duplicate"],
      ])
    }
  })
})
