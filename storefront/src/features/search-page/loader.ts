import { producerNames } from "../producers/loaders"
import { SearchInputError, searchParamsFromUrl, searchProducts, type SearchResponse } from "./product-search"

export interface SearchPageData {
  params: URLSearchParams
  result: SearchResponse
  /** the backend's reason when the URL holds a search it refused (the page answers 400) */
  error: string | null
  producerNames: Map<string, string>
}

/** Everything the search page shows, read from its URL. A refused search falls back to every product. */
export async function loadSearchPage(url: URL): Promise<SearchPageData> {
  const params = searchParamsFromUrl(url)
  const names = producerNames()
  try {
    const [result, producers] = await Promise.all([searchProducts(params), names])
    return { params, result, error: null, producerNames: producers }
  } catch (e) {
    if (!(e instanceof SearchInputError)) throw e
    return { params, result: await searchProducts(new URLSearchParams()), error: e.message, producerNames: await names }
  }
}
