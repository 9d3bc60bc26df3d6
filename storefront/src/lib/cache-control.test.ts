import { describe, expect, it } from "vitest"
import { cacheControlFor, PERSONAL, SHARED_REVALIDATE, type Answer } from "./cache-control"

const page = (over: Partial<Answer> = {}): Answer => ({
  method: "GET",
  pathname: "/san-pham",
  cookie: null,
  status: 200,
  contentType: "text/html",
  setsCookie: false,
  current: null,
  ...over,
})

describe("who may keep a page", () => {
  it("anyone, asking again each time, when it is the same for everyone", () => {
    expect(cacheControlFor(page())).toBe(SHARED_REVALIDATE)
    expect(cacheControlFor(page({ pathname: "/en/san-pham/mien-dong-tai-hoan", cookie: "theme=x; other=1" }))).toBe(SHARED_REVALIDATE)
  })

  it("no one but its visitor when it is drawn with a cart or a session", () => {
    for (const cookie of ["ocop_cart=cart_1", "a=1; ocop_cart_count=2", "ocop_auth=t", "ocop_producer=t"]) expect(cacheControlFor(page({ cookie }))).toBe(PERSONAL)
    expect(cacheControlFor(page({ setsCookie: true }))).toBe(PERSONAL)
    expect(cacheControlFor(page({ method: "POST" }))).toBe(PERSONAL)
  })

  it("never for carts, checkout, accounts, orders and the portal, in any spelling", () => {
    for (const pathname of ["/gio-hang", "/en/gio-hang/", "/thanh-toan/the-xong", "/TAI-KHOAN", "/don-hang/order_1", "/kenh-nguoi-ban/san-pham", "/api/producer/files"])
      expect([pathname, cacheControlFor(page({ pathname, current: "public, max-age=60" }))]).toEqual([pathname, PERSONAL])
  })

  it("keeps what an endpoint chose, and leaves other answers without one", () => {
    expect(cacheControlFor(page({ pathname: "/manifest.webmanifest", contentType: "application/manifest+json", current: "public, max-age=86400" }))).toBe("public, max-age=86400")
    expect(cacheControlFor(page({ pathname: "/robots.txt", contentType: "text/plain" }))).toBeNull()
    expect(cacheControlFor(page({ status: 404 }))).toBe("no-store")
    expect(cacheControlFor(page({ status: 503 }))).toBe("no-store")
  })
})
