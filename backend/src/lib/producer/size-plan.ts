import { usdPriceOf, type FieldProblem } from "@ocop/shared"
import { InvalidFieldsError } from "../invalid-fields"

/** Every producer product has one option, "Quy cách"; its values are the variants' titles. */
export const SIZE_OPTION = "Quy cách"

export interface WantedSize {
  id?: string
  title: string
  sku?: string
  price: number
  stock: number
}

/** The product's sizes as they are: its one option (all its values) and each variant's value of it. */
export interface CurrentSizes {
  product_id: string
  option: { id: string; is_exclusive: boolean; values: { id: string; value: string }[] }
  variants: { id: string; title: string; value: string | null }[]
}

type Prices = { amount: number; currency_code: string }[]

/** What one save does to a product's sizes, step by step (see workflows/producer-product). */
export interface SizePlan {
  product_id: string
  option_id: string
  /** the option's values before the save (kept), and the titles it gains */
  option_values: string[]
  new_values: string[]
  /** every title the product offers after the save (its allowed subset of the option's values) */
  titles: string[]
  delete_variant_ids: string[]
  update_variants: { id: string; title: string; sku?: string; options?: Record<string, string>; prices: Prices }[]
  /** the option value each renamed variant had, put back if the save fails */
  previous_options: { id: string; options: Record<string, string> }[]
  create_variants: { product_id: string; title: string; sku?: string; manage_inventory: true; options: Record<string, string>; prices: Prices }[]
  /** values no size uses any more: out of the product's subset, and off the option when it is the product's own */
  remove_value_ids: string[]
  delete_value_ids: string[]
}

export const pricesOf = (vnd: number): Prices => [
  { amount: vnd, currency_code: "vnd" },
  { amount: usdPriceOf(vnd), currency_code: "usd" },
]

/**
 * From the sizes a producer wants (the whole list: sizes left out are removed)
 * to the changes. A renamed size keeps its variant id; its option value
 * follows the title. Throws a 400 for a rename onto the title another size
 * still has before the save (rename them one per save).
 */
export function planSizes(current: CurrentSizes, wanted: WantedSize[]): SizePlan {
  const valueOf = new Map(current.variants.map((v) => [v.id, v.value ?? v.title]))
  const keptIds = new Set(wanted.filter((w) => w.id).map((w) => w.id!))
  const problems: FieldProblem[] = []
  wanted.forEach((w, i) => {
    if (!w.id || valueOf.get(w.id) === w.title) return
    const holder = current.variants.find((v) => v.id !== w.id && keptIds.has(v.id) && (v.value ?? v.title) === w.title)
    if (holder) {
      problems.push({
        field: `variants.${i}.title`,
        code: "duplicate",
        params: { variant_id: holder.id },
        message: `is still the title of another size before this save (${holder.title}): rename one of them in a separate save`,
      })
    }
  })
  if (problems.length) throw new InvalidFieldsError(problems)

  const existing = new Set(current.option.values.map((v) => v.value))
  const titles = wanted.map((w) => w.title)
  const wantedTitles = new Set(titles)
  const unused = current.option.values.filter((v) => !wantedTitles.has(v.value)).map((v) => v.id)
  return {
    product_id: current.product_id,
    option_id: current.option.id,
    option_values: current.option.values.map((v) => v.value),
    new_values: [...new Set(titles.filter((t) => !existing.has(t)))],
    titles,
    delete_variant_ids: current.variants.filter((v) => !keptIds.has(v.id)).map((v) => v.id),
    update_variants: wanted
      .filter((w) => w.id)
      .map((w) => ({
        id: w.id!,
        title: w.title,
        ...(w.sku ? { sku: w.sku } : {}),
        ...(valueOf.get(w.id!) !== w.title ? { options: { [SIZE_OPTION]: w.title } } : {}),
        prices: pricesOf(w.price),
      })),
    previous_options: wanted
      .filter((w) => w.id && valueOf.get(w.id) !== w.title && valueOf.get(w.id) != null)
      .map((w) => ({ id: w.id!, options: { [SIZE_OPTION]: valueOf.get(w.id!)! } })),
    create_variants: wanted
      .filter((w) => !w.id)
      .map((w) => ({
        product_id: current.product_id,
        title: w.title,
        ...(w.sku ? { sku: w.sku } : {}),
        manage_inventory: true as const,
        options: { [SIZE_OPTION]: w.title },
        prices: pricesOf(w.price),
      })),
    remove_value_ids: unused,
    delete_value_ids: current.option.is_exclusive ? unused : [],
  }
}
