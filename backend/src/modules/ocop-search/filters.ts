import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type Doc = Record<string, unknown>
export type Predicate = (doc: Doc) => boolean

// Search filters (Medusa's SearchFilters) compiled to predicates over the
// replica's documents. Top-level clauses stay separate (`compileClauses`) so
// one pass over the documents can answer a query and its relaxed facet
// variants together (query.ts).

const comparable = (v: unknown): unknown => (v instanceof Date ? v.getTime() : v)
const asTime = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : comparable(v))
const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])

function compare(a: unknown, b: unknown): number {
  const [x, y] = [asTime(a), asTime(b)]
  if (typeof x === "number" && typeof y === "number") return x - y
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0
}
const same = (a: unknown, b: unknown) => a === b || compare(a, b) === 0

function likeRegex(pattern: string) {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".")
  return new RegExp(`^${escaped}$`, "s")
}

function operator(field: string, op: string, arg: unknown): Predicate {
  const get = (d: Doc) => d[field]
  const any = (d: Doc, test: (x: unknown) => boolean) => {
    const v = get(d)
    return Array.isArray(v) ? v.some(test) : v !== undefined && v !== null && test(v)
  }
  switch (op) {
    case "$eq":
      if (arg === null) return (d) => get(d) == null
      if (typeof arg === "boolean" || typeof arg === "number" || (typeof arg === "string" && !/^\d{4}-\d{2}-\d{2}/.test(arg))) {
        // the common case (status, in_stock, collection): a plain comparison per document
        return (d) => {
          const v = d[field]
          return v === arg || (Array.isArray(v) && v.includes(arg))
        }
      }
      return (d) => any(d, (x) => same(x, arg))
    case "$ne":
      return arg === null ? (d) => get(d) != null : (d) => !any(d, (x) => same(x, arg))
    case "$in": {
      const set = new Set(values(arg).map(comparable))
      return (d) => {
        const v = d[field]
        return Array.isArray(v) ? v.some((x) => set.has(comparable(x))) : v !== undefined && v !== null && set.has(comparable(v))
      }
    }
    case "$nin": {
      const set = new Set(values(arg).map(comparable))
      return (d) => !any(d, (x) => set.has(comparable(x)))
    }
    case "$gt":
      return (d) => any(d, (x) => compare(x, arg) > 0)
    case "$gte":
      if (typeof arg === "number") return (d) => typeof d[field] === "number" ? (d[field] as number) >= arg : any(d, (x) => compare(x, arg) >= 0)
      return (d) => any(d, (x) => compare(x, arg) >= 0)
    case "$lt":
      return (d) => any(d, (x) => compare(x, arg) < 0)
    case "$lte":
      if (typeof arg === "number") return (d) => typeof d[field] === "number" ? (d[field] as number) <= arg : any(d, (x) => compare(x, arg) <= 0)
      return (d) => any(d, (x) => compare(x, arg) <= 0)
    case "$exists":
      return arg ? (d) => get(d) != null : (d) => get(d) == null
    case "$overlaps": {
      const set = new Set(values(arg))
      return (d) => {
        const v = d[field]
        if (!Array.isArray(v)) return v !== undefined && v !== null && set.has(v)
        for (const x of v) if (set.has(x)) return true
        return false
      }
    }
    case "$contains": {
      const wanted = values(arg)
      return (d) => {
        const have = new Set(values(get(d)))
        return wanted.every((x) => have.has(x))
      }
    }
    case "$prefix":
      return (d) => any(d, (x) => String(x).startsWith(String(arg)))
    case "$like": {
      const re = likeRegex(String(arg))
      return (d) => any(d, (x) => re.test(String(x)))
    }
    default:
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The OCOP search provider has no filter operator "${op}" (field "${field}")`)
  }
}

function fieldPredicate(field: string, condition: unknown): Predicate {
  if (condition === null || typeof condition !== "object" || condition instanceof Date) return operator(field, "$eq", condition)
  if (Array.isArray(condition)) return operator(field, "$in", condition)
  const tests = Object.entries(condition).map(([op, arg]) => operator(field, op, arg))
  return (d) => tests.every((t) => t(d))
}

export type Clause = { key: string; test: Predicate }

/** One predicate per top-level filter key, keyed by its JSON so equal clauses of several queries are evaluated once. */
export function compileClauses(filters: SearchTypes.SearchFilters | undefined): Clause[] {
  return Object.entries(filters ?? {})
    .filter(([key, v]) => key !== "q" && v !== undefined)
    .map(([key, condition]) => ({ key: JSON.stringify([key, condition]), test: clausePredicate(key, condition) }))
}

function clausePredicate(key: string, condition: unknown): Predicate {
  if (key === "$and") {
    const all = (condition as SearchTypes.SearchFilters[]).map(compileFilters)
    return (d) => all.every((t) => t(d))
  }
  if (key === "$or") {
    const some = (condition as SearchTypes.SearchFilters[]).map(compileFilters)
    return (d) => some.some((t) => t(d))
  }
  if (key === "$not") {
    const not = compileFilters(condition as SearchTypes.SearchFilters)
    return (d) => !not(d)
  }
  return fieldPredicate(key, condition)
}

export function compileFilters(filters: SearchTypes.SearchFilters | undefined): Predicate {
  const clauses = compileClauses(filters)
  return (d) => clauses.every((c) => c.test(d))
}

/** `{ id: "a" }`, `{ id: ["a"] }`, `{ id: { $in: [...] } }` → the ids; undefined for any other filter. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters | undefined, primaryKey: string): string[] | undefined {
  const keys = Object.keys(filters ?? {})
  if (keys.length !== 1 || keys[0] !== primaryKey) return undefined
  const v = filters![primaryKey] as unknown
  if (typeof v === "string") return [v]
  if (Array.isArray(v)) return v.map(String)
  const ops = v as { $in?: unknown[]; $eq?: unknown }
  if (ops && Object.keys(ops).length === 1 && Array.isArray(ops.$in)) return ops.$in.map(String)
  if (ops && Object.keys(ops).length === 1 && typeof ops.$eq === "string") return [ops.$eq]
  return undefined
}
