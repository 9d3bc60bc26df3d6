// Malformed input for the fuzz suite: every value a careless or hostile client
// might send where a field, parameter or id belongs. Deterministic (seeded).

export function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export const BAD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -99999999999,
  1.5,
  1e308,
  "NaN",
  "",
  " ",
  "a".repeat(5000),
  "x".repeat(200_000),
  "\u0000",
  "\u202Eevil",
  "🧧".repeat(500),
  "ＭẬＴ ＯＮＧ",
  "e\u0301\u0301\u0301",
  "' OR 1=1 --",
  "'; DROP TABLE product; --",
  '"><script>alert(1)</script>',
  "<img src=x onerror=alert(1)>",
  "../../../../etc/passwd",
  "%00%0d%0a",
  "${7*7}{{7*7}}",
  { $gt: "" },
  { __proto__: { polluted: true } },
  [1, 2, 3],
  [],
  {},
  Array.from({ length: 3000 }, (_, i) => i),
  "2026-02-30",
  "prod_",
  "pdc_00000000000000000000000000",
]

/** Strings for path segments (ids, handles, codes). */
export const BAD_IDS: string[] = BAD_VALUES.filter((v): v is string => typeof v === "string" && v.length < 10_000).concat([
  "prod_01AAAAAAAAAAAAAAAAAAAAAAAA",
  "order_01AAAAAAAAAAAAAAAAAAAAAAAA",
  "variant_1",
  "-1",
  "0",
  "null",
  "undefined",
])

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]
}

/** A body where some known fields are replaced by bad values, plus now and then an unknown one. */
export function badBody(r: () => number, fields: string[], valid: Record<string, unknown> = {}): unknown {
  const roll = r()
  if (roll < 0.08) return pick(r, [[], "text", 42, null, [{}]])
  const body: Record<string, unknown> = { ...valid }
  const n = 1 + Math.floor(r() * Math.min(3, Math.max(1, fields.length)))
  for (let i = 0; i < n; i++) body[pick(r, fields.length ? fields : ["x"])] = pick(r, BAD_VALUES)
  if (r() < 0.2) body[pick(r, ["__proto__", "constructor", "id", "producer_id", "status", "ocop_verification", "deleted_at"])] = pick(r, BAD_VALUES)
  return body
}

/** A query string with known parameters set to bad values (and sometimes unknown ones). */
export function badQuery(r: () => number, params: string[]): string {
  const q = new URLSearchParams()
  const n = 1 + Math.floor(r() * 3)
  for (let i = 0; i < n; i++) {
    const v = pick(r, BAD_VALUES)
    const name = r() < 0.15 ? pick(r, ["fields", "expand", "order", "$where", "q[]", "limit"]) : pick(r, params.length ? params : ["q"])
    q.append(name, typeof v === "string" ? v.slice(0, 3000) : JSON.stringify(v) ?? "undefined")
  }
  return q.toString()
}
