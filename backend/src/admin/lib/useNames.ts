import { useEffect, useState } from "react"
import { adminFetch } from "./api"

// Registry rows keep ids (staff user ids, product ids); staff read names.
// Each hook looks the ids up once per set, and shows the id meanwhile or when
// it cannot be found (a deleted user, a product gone).

function useLookup(ids: (string | null | undefined)[], load: (ids: string[]) => Promise<[string, string][]>) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))].sort()
  const key = wanted.join(",")
  const [names, setNames] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!wanted.length) return
    load(wanted).then((pairs) => setNames((n) => ({ ...n, ...Object.fromEntries(pairs) })), () => undefined)
    // keyed by the ids it holds, not by the array (a new one on every render)
  }, [key])
  return (id?: string | null) => (id ? names[id] ?? id : "—")
}

const query = (ids: string[]) => ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")

/**
 * Who did something: staff are stored by user id (looked up to their e-mail),
 * producers by their member e-mail, imports as "import".
 */
export function useActorNames(ids: (string | null | undefined)[]) {
  const name = useLookup(
    ids.filter((id) => id?.startsWith("user_")),
    (users) =>
      adminFetch<{ users: { id: string; email: string; first_name?: string | null; last_name?: string | null }[] }>(
        `/admin/users?${query(users)}&fields=id,email,first_name,last_name&limit=100`
      ).then((r) => r.users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
  )
  return (id?: string | null) => (id === "import" ? "nhập từ dữ liệu cũ" : name(id))
}

export function useProductTitles(ids: (string | null | undefined)[]) {
  return useLookup(ids, (products) =>
    adminFetch<{ products: { id: string; title: string }[] }>(`/admin/products?${query(products)}&fields=id,title&limit=100`).then((r) =>
      r.products.map((p) => [p.id, p.title])
    )
  )
}
