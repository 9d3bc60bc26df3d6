import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminFetch } from "./api"

/**
 * The react-query key of an admin route's answer. Every read of the OCOP admin goes under
 * "ocop-admin" (as `usePaged` does), so invalidating `adminKey(path)` refetches that path's
 * reads, paged or not.
 */
export const adminKey = (path: string) => ["ocop-admin", path] as const

/**
 * One admin route read whole (a record, a short list, the report) through the dashboard's
 * react-query client: `isPending` until the first answer, `error` with the route's message.
 * `path` null waits (e.g. until a search has two letters).
 */
export function useAdminQuery<T>(path: string | null, options: { keepWhileLoading?: boolean; refetchOnWindowFocus?: boolean } = {}) {
  return useQuery({
    queryKey: adminKey(path ?? ""),
    queryFn: () => adminFetch<T>(path as string),
    enabled: path !== null,
    // a new `days` or search keeps the old answer on screen until the new one arrives
    placeholderData: options.keepWhileLoading ? keepPreviousData : undefined,
    refetchOnWindowFocus: options.refetchOnWindowFocus,
  })
}

/** Refetches what an admin route answered, after a write changed it. */
export function useInvalidateAdmin() {
  const queryClient = useQueryClient()
  return (path: string) => queryClient.invalidateQueries({ queryKey: adminKey(path) })
}
