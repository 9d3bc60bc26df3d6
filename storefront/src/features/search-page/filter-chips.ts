import { isListSearchParam, listValues, SEARCH_FILTERS } from "@ocop/shared"

export interface FilterChip {
  key: (typeof SEARCH_FILTERS)[number]
  value: string
  /** the same search without this one value (and back on its first page) */
  href: string
}

const valuesOf = (key: string, values: string[]) => (isListSearchParam(key) ? listValues(values) : values)

/**
 * The active filters of a search page URL, one chip per value: list
 * parameters are read as the backend's schema reads them (@ocop/shared
 * search-params.ts: `?province=a,b` is two provinces), other filters once each.
 */
export function filterChips(params: URLSearchParams): FilterChip[] {
  return SEARCH_FILTERS.flatMap((key) =>
    valuesOf(key, params.getAll(key)).map((value) => {
      const next = new URLSearchParams()
      for (const [k, v] of params) {
        if (k === "page") continue
        const kept = k !== key ? v : isListSearchParam(k) ? listValues(v).filter((x) => x !== value).join(",") : v === value ? "" : v
        if (kept) next.append(k, kept)
      }
      return { key, value, href: `?${next}` }
    })
  )
}
