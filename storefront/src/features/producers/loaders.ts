import type { ProducerType } from "@ocop/shared"
import { listingProducts } from "../search-page/product-search"
import { memo } from "../../lib/memo"
import { storeGet } from "../../lib/store-fetch"

export interface Producer {
  id: string
  handle: string
  name: string
  type: ProducerType
  province: string
  ward: string | null
  address: string | null
  phone: string | null
  website: string | null
  story: string | null
  logo: string | null
  latitude: number | null
  longitude: number | null
  certifications: string[] | null
}

export async function getProducer(handle: string): Promise<Producer | null> {
  return (await storeGet<{ producer: Producer }>(`/store/producers/${encodeURIComponent(handle)}`))?.producer ?? null
}

export async function listProducers(): Promise<Producer[]> {
  return (await storeGet<{ producers: Producer[] }>("/store/producers", { limit: 500 }))?.producers ?? []
}

/** handle → name for labelling the producer facet; refreshed every few minutes. */
export function producerNames(): Promise<Map<string, string>> {
  return memo("producer-names", 5 * 60_000, async () => new Map((await listProducers()).map((p) => [p.handle, p.name])))
}

/** A producer's page: who they are and their products (paged, from the search index). */
export async function loadProducerPage(handle: string, url: URL) {
  const producer = await getProducer(handle)
  if (!producer) return null
  const products = await listingProducts({ producer: handle }, url)
  return { producer, products }
}
