import type { APIRoute } from "astro"
import { searchProducts } from "../../features/search-page/product-search"

// Suggestions while typing in the search box: the first few matches, titles only.
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
  if (q.length < 2) return Response.json({ suggestions: [] })
  const { hits } = await searchProducts(new URLSearchParams({ q }), 6)
  const suggestions = hits.map((h) => ({ handle: h.handle, title: h.title, producer: h.producer_name }))
  return Response.json({ suggestions }, { headers: { "cache-control": "public, max-age=30" } })
}
