// The products a visitor viewed last, kept in the browser (localStorage) for the
// offline page: written by the product page, read by the offline page. Nothing
// of it is sent anywhere.
export interface ViewedProduct {
  url: string
  title: string
  /** the picture the browser actually showed, so the offline page finds it in the service worker's cache */
  picture?: string
}

const KEY = "ocop:last-viewed"
const KEEP = 8

export function readLastViewed(): ViewedProduct[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? "[]")
    return Array.isArray(list) ? list.filter((p) => typeof p?.url === "string" && typeof p?.title === "string").slice(0, KEEP) : []
  } catch {
    return []
  }
}

export function rememberViewed(product: ViewedProduct): void {
  const list = [product, ...readLastViewed().filter((p) => p.url !== product.url)].slice(0, KEEP)
  try {
    localStorage.setItem(KEY, JSON.stringify(list))
  } catch {
    // storage full or refused (private browsing): the offline page simply lists nothing
  }
}
