import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./api"

/**
 * One page of an admin list route answering `{ [key]: rows, count }`
 * (the registry routes allow at most 100 a page). `extra` is the rest of the
 * response (e.g. the suspicious-stamp threshold).
 */
export function usePaged<T>(path: string, key: string, pageSize = 50) {
  const [page, setPage] = useState(0)
  const [rows, setRows] = useState<T[] | null>(null)
  const [count, setCount] = useState(0)
  const [extra, setExtra] = useState<Record<string, unknown>>({})
  const [error, setError] = useState<string | null>(null)
  const sep = path.includes("?") ? "&" : "?"
  const load = useCallback(() => {
    adminFetch<{ count: number } & Record<string, unknown>>(`${path}${sep}limit=${pageSize}&offset=${page * pageSize}`).then(
      (r) => { setRows(r[key] as T[]); setCount(r.count); setExtra(r); setError(null) },
      (e) => setError(e.message)
    )
  }, [path, sep, key, page, pageSize])
  useEffect(load, [load])
  // a new list (another filter) starts on its first page
  useEffect(() => setPage(0), [path])
  return { rows, count, extra, error, load, page, setPage, pageSize }
}
