import { sdk } from "./medusa"

/** GET a store route; a 404 becomes null so pages can answer "not found" themselves. */
export async function storeGet<T>(path: string, query?: Record<string, unknown>): Promise<T | null> {
  try {
    return await sdk.client.fetch<T>(path, { query })
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}
