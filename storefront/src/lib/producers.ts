import type { ProducerType } from "@ocop/shared"
import { listingProducts } from "./search"
import { storeGet } from "./store-fetch"

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

let names: { at: number; map: Promise<Map<string, string>> } | undefined
const NAMES_TTL_MS = 5 * 60 * 1000

/** handle → name for labelling the producer facet; refreshed every few minutes. */
export function producerNames(): Promise<Map<string, string>> {
  if (!names || Date.now() - names.at > NAMES_TTL_MS) {
    const map = listProducers().then((list) => new Map(list.map((p) => [p.handle, p.name])))
    map.catch(() => (names = undefined))
    names = { at: Date.now(), map }
  }
  return names.map
}

/** A producer's page: who they are and their products (paged, from the search index). */
export async function loadProducerPage(handle: string, url: URL) {
  const producer = await getProducer(handle)
  if (!producer) return null
  const products = await listingProducts({ producer: handle }, url)
  return { producer, products }
}
