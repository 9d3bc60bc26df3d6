import { SearchInputError, searchParamsFromUrl, searchProducts, type SearchResponse } from "./search"

export interface CatalogueData {
  params: URLSearchParams
  result: SearchResponse
  /** the backend's reason when the URL holds a search it refused (the page answers 400) */
  error: string | null
}

/** Everything the catalogue page shows, read from its URL. A refused search falls back to the whole catalogue. */
export async function loadCatalogue(url: URL): Promise<CatalogueData> {
  const params = searchParamsFromUrl(url)
  try {
    return { params, result: await searchProducts(params), error: null }
  } catch (e) {
    if (!(e instanceof SearchInputError)) throw e
    return { params, result: await searchProducts(new URLSearchParams()), error: e.message }
  }
}
