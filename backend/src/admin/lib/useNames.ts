import { useQuery } from "@tanstack/react-query"
import { adminFetch } from "./api"

// Registry rows keep ids (staff user ids, product ids); staff read names.
// Each hook looks a set of ids up once (react-query keeps the answer), 100 to a
// request (the list routes' largest page), and shows the id meanwhile or when
// it cannot be found (a deleted user, a product gone).

const PAGE = 100

function useLookup(kind: string, ids: (string | null | undefined)[], load: (ids: string[]) => Promise<[string, string][]>) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))].sort()
  const { data: names = {} } = useQuery({
    queryKey: ["ocop-admin-names", kind, wanted],
    queryFn: async () => {
      const pages: string[][] = []
      for (let i = 0; i < wanted.length; i += PAGE) pages.push(wanted.slice(i, i + PAGE))
      const found = await Promise.all(pages.map((page) => load(page)))
      return Object.fromEntries(found.flat()) as Record<string, string>
    },
    enabled: wanted.length > 0,
    staleTime: Infinity,
  })
  return (id?: string | null) => (id ? names[id] ?? id : "—")
}

const query = (ids: string[]) => ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")

/**
 * Who did something: staff are stored by user id (looked up to their e-mail),
 * producers by their member e-mail, imports as "import".
 */
export function useActorNames(ids: (string | null | undefined)[]) {
  const name = useLookup(
    "users",
    ids.filter((id) => id?.startsWith("user_")),
    (users) =>
      adminFetch<{ users: { id: string; email: string; first_name?: string | null; last_name?: string | null }[] }>(
        `/admin/users?${query(users)}&fields=id,email,first_name,last_name&limit=${PAGE}`
      ).then((r) => r.users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
  )
  return (id?: string | null) => (id === "import" ? "nhập từ dữ liệu cũ" : name(id))
}

export function useProductTitles(ids: (string | null | undefined)[]) {
  return useLookup("products", ids, (products) =>
    adminFetch<{ products: { id: string; title: string }[] }>(`/admin/products?${query(products)}&fields=id,title&limit=${PAGE}`).then((r) =>
      r.products.map((p) => [p.id, p.title])
    )
  )
}
