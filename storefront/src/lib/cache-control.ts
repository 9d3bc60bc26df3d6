// Cache-Control for what the storefront renders. Hashed build files under
// /_astro/ are served by the node adapter itself, already with
// "public, max-age=31536000, immutable" (their name changes with their content);
// this decides for pages and endpoints, which the middleware sees.
import { routeKey } from "./route-key"

/** Pages that show a shopper's cart, order, account or a producer's portal: never kept by anyone. */
export const PERSONAL = "private, no-store"
/** Anonymous pages: shareable, but asked again each time (prices and stock change). */
export const SHARED_REVALIDATE = "public, max-age=0, must-revalidate"

// pages that are someone's own whatever the cookies say (after the /en prefix)
const PERSONAL_ROUTES = ["/gio-hang", "/thanh-toan", "/tai-khoan", "/don-hang", "/kenh-nguoi-ban", "/api/producer"]
// cookies that make a page personal: the cart (and its count in the header), a shopper's or a producer's session
const SESSION_COOKIES = /(?:^|;\s*)(ocop_cart|ocop_cart_count|ocop_auth|ocop_producer)=[^;]/

export interface Answer {
  method: string
  pathname: string
  cookie: string | null
  status: number
  contentType: string | null
  setsCookie: boolean
  /** what the page or endpoint already chose, kept when it is there */
  current: string | null
}

/** The Cache-Control an answer should carry, or null to leave it without one. */
export function cacheControlFor(a: Answer): string | null {
  const route = routeKey(a.pathname)
  const personalRoute = PERSONAL_ROUTES.some((p) => route === p || route.startsWith(`${p}/`))
  // a cookie being set or a personal page wins over what a page chose
  if (personalRoute || a.setsCookie) return PERSONAL
  if (a.current) return a.current
  if (!/^text\/html/.test(a.contentType ?? "")) return null
  if (a.method !== "GET" && a.method !== "HEAD") return PERSONAL
  if (SESSION_COOKIES.test(a.cookie ?? "")) return PERSONAL
  // an error page is not a page to keep
  if (a.status >= 400) return "no-store"
  return SHARED_REVALIDATE
}
