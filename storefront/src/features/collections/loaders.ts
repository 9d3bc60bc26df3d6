import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../../lib/medusa"
import { memo } from "../../lib/memo"
import { listingProducts } from "../search-page/product-search"
import { storeGet } from "../../lib/store-fetch"

export function listCollections(): Promise<HttpTypes.StoreCollection[]> {
  return memo("collections", 60_000, async () =>
    (await storeGet<{ collections: HttpTypes.StoreCollection[] }>("/store/collections", { limit: 50, fields: "id,handle,title,metadata" }))?.collections ?? []
  )
}

export async function getCollection(handle: string): Promise<HttpTypes.StoreCollection | null> {
  const { collections } = await sdk.store.collection.list({ handle, fields: "id,handle,title,metadata", limit: 1 })
  return collections[0] ?? null
}

/** A staff-curated collection and its products (paged, from the search index). */
export async function loadCollectionPage(handle: string, url: URL) {
  const collection = await getCollection(handle)
  if (!collection) return null
  const products = await listingProducts({ collection: handle }, url)
  return { collection, products }
}

/** English title and descriptions live in the collection's metadata. */
export function collectionText(c: HttpTypes.StoreCollection, locale: "vi" | "en") {
  const m = (c.metadata ?? {}) as Record<string, string | undefined>
  return {
    title: (locale === "en" && m.title_en) || c.title,
    description: (locale === "en" ? m.description_en : m.description) ?? "",
  }
}
