import { describe, expect, it } from "vitest"
import { busyPage } from "./busy-page"

describe("the page while the backend is restarting", () => {
  it("answers 503 with Retry-After, in the page's language, with a way back to the same address", async () => {
    const vi = busyPage(new URL("http://shop.test/san-pham/che-tan-cuong?size=100g"))
    expect([vi.status, vi.headers.get("retry-after"), vi.headers.get("cache-control")]).toEqual([503, "5", "no-store"])
    const html = await vi.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain("Hệ thống đang bận")
    expect(html).toContain('href="/san-pham/che-tan-cuong?size=100g"')
    const en = await busyPage(new URL("http://shop.test/en/gio-hang")).text()
    expect(en).toContain('<html lang="en">')
    expect(en).toContain("The shop is busy")
  })
})
