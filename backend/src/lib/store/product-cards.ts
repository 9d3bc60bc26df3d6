import { Modules } from "@medusajs/framework/utils"
import type { ProductCard } from "@ocop/shared"
import { PRODUCT_INDEX } from "../search/product-document"

export type { ProductCard }

/** What a product card shows: the search document without its search-only fields. */
export function toCard(doc: Record<string, unknown>): ProductCard {
  const { description, folded, status, sales_channel_ids, ...card } = doc
  return card as ProductCard
}

type Scope = { resolve(key: string): unknown }
type Search = { search(q: object): Promise<{ hits: { document: Record<string, unknown> }[] }> }

/**
 * Cards for products chosen by id (a sales point's shelf, a fair's catalogue),
 * read from the search index like every other card in the shop: same fields,
 * same stars and stock, one query. Keeps the order of `ids`; products that are
 * not published are left out.
 */
export async function productCards(scope: Scope, ids: string[]): Promise<ProductCard[]> {
  if (!ids.length) return []
  const search = scope.resolve(Modules.SEARCH) as Search
  const { hits } = await search.search({
    entity: PRODUCT_INDEX,
    filters: { id: { $in: ids }, status: "published" },
    pagination: { skip: 0, take: ids.length },
    search_options: { count: "none" },
  })
  const byId = new Map(hits.map((h) => [h.document.id as string, toCard(h.document)]))
  return ids.map((id) => byId.get(id)).filter((c): c is ProductCard => !!c)
}
