import { z } from "zod"
import { GROUP_CODES, GROUPS } from "./groups"
import { PROVINCE_CODES } from "./provinces"

// The product search's parameters, written once: the backend validates
// GET /store/product-search with this schema (its 400 answers name the field
// with these messages) and the storefront keeps the same parameters in the
// search page's URL, its filter form and its active-filter chips.

const SUBGROUP_CODES = GROUPS.flatMap((g) => g.subgroups.map((s) => s.code)) as [string, ...string[]]

/** The parameters that take several values. */
export const LIST_SEARCH_PARAMS = ["province", "group", "subgroup", "producer"] as const

/** `?province=a&province=b` and `?province=a,b` both give ["a", "b"]. */
export function listValues(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v])
    .filter((x) => x !== undefined && x !== "")
    .flatMap((x) => String(x).split(","))
    .map((x) => x.trim())
    .filter(Boolean)
}

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(listValues, z.array(item).max(max, { error: `at most ${max} values` }))

const int = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })

export const SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "newest"] as const
export type SearchSort = (typeof SORTS)[number]

/** The lowest star levels a shopper can ask for (`stars_min`). */
export const STARS_MIN = [3, 4, 5] as const

export const StoreProductSearchSchema = z
  .object({
    q: z.string().trim().max(200, { error: "must be at most 200 characters" }).optional(),
    stars_min: z.coerce
      .number()
      .pipe(z.union([z.literal(STARS_MIN[0]), z.literal(STARS_MIN[1]), z.literal(STARS_MIN[2])], { error: "must be 3, 4 or 5" }))
      .optional(),
    province: list(z.enum(PROVINCE_CODES, { error: "must be province codes, e.g. ha-noi" }), 34).optional(),
    group: list(z.enum(GROUP_CODES, { error: `must be one of ${GROUP_CODES.join(", ")}` }), 6).optional(),
    subgroup: list(z.enum(SUBGROUP_CODES, { error: "must be subgroup codes, e.g. tea" }), 30).optional(),
    producer: list(z.string().regex(/^[a-z0-9-]{1,120}$/, { error: "must be producer handles" }), 50).optional(),
    collection: z.string().regex(/^[a-z0-9-]{1,120}$/, { error: "must be a collection handle" }).optional(),
    in_stock: z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
    price_min: int(0, 1_000_000_000).optional(),
    price_max: int(0, 1_000_000_000).optional(),
    currency: z.enum(["vnd", "usd"], { error: "must be vnd or usd" }).default("vnd"),
    sort: z.enum(SORTS, { error: `must be one of ${SORTS.join(", ")}` }).optional(),
    page: int(1, 1000).default(1),
    limit: int(1, 100).default(24),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    path: ["price_max"],
    error: "must not be below price_min",
  })

export type StoreProductSearchParams = z.infer<typeof StoreProductSearchSchema>
export type SearchParamKey = keyof z.input<typeof StoreProductSearchSchema>

/**
 * The filters a shopper sets on the search page, in the order its chips show
 * them; with `sort` and `page` they are the page's whole URL state (the shop
 * sets `collection`, `currency` and `limit` itself).
 */
export const SEARCH_FILTERS = ["q", "stars_min", "group", "subgroup", "province", "producer", "price_min", "price_max", "in_stock"] as const satisfies readonly SearchParamKey[]

/** Every parameter the search page's URL carries to the backend. */
export const SEARCH_PAGE_PARAMS = ["q", "stars_min", "province", "group", "subgroup", "producer", "in_stock", "price_min", "price_max", "sort", "page"] as const satisfies readonly SearchParamKey[]

export function isListSearchParam(key: string): key is (typeof LIST_SEARCH_PARAMS)[number] {
  return (LIST_SEARCH_PARAMS as readonly string[]).includes(key)
}
