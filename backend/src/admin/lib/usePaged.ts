import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "./api"

/**
 * One page of an admin list route answering `{ [key]: rows, count }` (the registry routes allow
 * at most 100 a page), read with the dashboard's react-query client: the page shown stays while
 * the next loads. `extra` is the rest of the response (e.g. the suspicious-stamp threshold);
 * `load` reads it again after a change.
 */
export function usePaged<T>(path: string, key: string, pageSize = 50) {
  // the page belongs to the list it was picked in: a new list (another filter, another search)
  // starts on its first page in the same render, so its first request is not for a page it lacks
  const [picked, setPicked] = useState({ path, page: 0 })
  const page = picked.path === path ? picked.page : 0
  const setPage = (p: number) => setPicked({ path, page: p })
  const sep = path.includes("?") ? "&" : "?"
  const list = useQuery({
    queryKey: ["ocop-admin", path, page, pageSize],
    queryFn: () => adminFetch<{ count: number } & Record<string, unknown>>(`${path}${sep}limit=${pageSize}&offset=${page * pageSize}`),
    placeholderData: keepPreviousData,
  })
  return {
    rows: list.data ? (list.data[key] as T[]) : null,
    count: list.data?.count ?? 0,
    extra: (list.data ?? {}) as Record<string, unknown>,
    error: list.error ? list.error.message : null,
    isLoading: list.isPending,
    load: () => void list.refetch(),
    page,
    setPage,
    pageSize,
  }
}

/** what `usePaged` answers: one page, its state and the pager's controls */
export type Paged<T> = ReturnType<typeof usePaged<T>>
