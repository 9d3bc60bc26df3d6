import { PRODUCT_SOURCE_FIELDS, toProductDocuments } from "../search/product-document"

type Query = { graph: (q: any) => Promise<{ data: any[] }> }

/** What a product card shows: the search document without its search-only fields. */
export type ProductCard = Omit<ReturnType<typeof toProductDocuments>[number], "description" | "folded" | "status" | "sales_channel_ids">

export function toCard(doc: Record<string, any>): ProductCard {
  const { description, folded, status, sales_channel_ids, ...card } = doc
  return card as ProductCard
}

/**
 * Cards for products chosen by id (a sales point's shelf, a fair's catalogue),
 * built exactly like search documents so every card in the shop agrees.
 * Keeps the order of `ids`; drafts and deleted products are left out.
 */
export async function productCards(query: Query, ids: string[]): Promise<ProductCard[]> {
  if (!ids.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_SOURCE_FIELDS,
    filters: { id: ids, status: "published" },
  })
  const byId = new Map(toProductDocuments(data).map((d) => [d.id, toCard(d)]))
  return ids.map((id) => byId.get(id)).filter((c): c is ProductCard => !!c)
}
