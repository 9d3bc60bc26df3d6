import { expect, test } from "@playwright/test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expectAccessible } from "./axe"

// Issue #19: installable on phones ("Thêm vào màn hình chính"), a favicon, and
// caching that lets return visits skip what never changes.
const IMMUTABLE = "public, max-age=31536000, immutable"

/** Width and height written in a PNG's header. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]

test("Chromium finds the shop installable, in Vietnamese and under /en in English", async ({ playwright }, testInfo) => {
  // a browser profile of its own: Chromium never offers to install from an incognito context, which test contexts are
  const profile = mkdtempSync(join(tmpdir(), "ocop-install-"))
  const { launchOptions, baseURL, locale } = testInfo.project.use
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale })
  const page = context.pages()[0] ?? (await context.newPage())
  const cdp = await context.newCDPSession(page)
  for (const [path, name, shortName] of [
    ["/", "Chợ OCOP — Sản phẩm OCOP chính hãng", "Chợ OCOP"],
    ["/en/", "OCOP Market — certified OCOP products", "OCOP Market"],
  ]) {
    await page.goto(path)
    await page.evaluate(() => navigator.serviceWorker.ready)
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors")
    expect([path, installabilityErrors]).toEqual([path, []])
    const { url, errors, data } = await cdp.send("Page.getAppManifest")
    expect([path, errors]).toEqual([path, []])
    const manifest = JSON.parse(data!)
    expect([new URL(url).pathname, manifest.name, manifest.short_name, manifest.start_url, manifest.display]).toEqual([
      path === "/" ? "/manifest.webmanifest" : "/en/manifest.webmanifest",
      name,
      shortName,
      path,
      "standalone",
    ])
    expect(manifest.theme_color).toBe("#1f5f3a")
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1f5f3a")
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
})

test("the icons are the sizes Android and iOS ask for, named by content and cached for a year", async ({ page, request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json()
  const sizes = []
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src)
    expect(res.headers()["content-type"]).toBe("image/png")
    expect(res.headers()["cache-control"]).toBe(IMMUTABLE)
    expect(icon.src).toMatch(/^\/_astro\/.+\.[\w-]{8}\.png$/)
    const [w, h] = pngSize(await res.body())
    expect(`${w}x${h}`).toBe(icon.sizes)
    sizes.push(`${icon.sizes} ${icon.purpose}`)
  }
  expect(sizes.sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"])
  await page.goto("/")
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href")
  expect(pngSize(await (await request.get(apple!)).body())).toEqual([180, 180])
  const favicon = await page.locator('link[rel="icon"]').getAttribute("href")
  expect((await request.get(favicon!)).status()).toBe(200)
  const ico = await request.get("/favicon.ico")
  expect([ico.status(), ico.headers()["content-type"]]).toEqual([200, "image/x-icon"])
})

test("no page asks for a file that is not there (the browser console stays free of 404s)", async ({ page }) => {
  const missing: string[] = []
  page.on("response", (r) => {
    if (r.status() === 404 && r.request().resourceType() !== "document") missing.push(r.url())
  })
  for (const path of ["/", "/san-pham", "/san-pham/mien-dong-tai-hoan", "/en/"]) await page.goto(path, { waitUntil: "load" })
  expect(missing).toEqual([])
})

test("hashed build files are immutable for GET, HEAD and revalidation; pages say who may keep them", async ({ page, request }) => {
  await page.goto("/")
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute("href")
  expect(css).toMatch(/^\/_astro\//)
  const get = await request.get(css!)
  expect(get.headers()["cache-control"]).toBe(IMMUTABLE)
  expect((await request.head(css!)).headers()["cache-control"]).toBe(IMMUTABLE)
  const revalidated = await request.get(css!, { headers: { "if-none-match": get.headers()["etag"] } })
  expect([revalidated.status(), revalidated.headers()["cache-control"]]).toEqual([304, IMMUTABLE])
  // product pictures never change under their name either (the backend's /static, or the bucket)
  await page.goto("/san-pham/mien-dong-tai-hoan")
  const picture = await page.locator("main img").first().getAttribute("src")
  expect((await request.get(picture!)).headers()["cache-control"]).toBe(IMMUTABLE)
  // anonymous pages: anyone may keep them, asking again each time (prices and stock change)
  for (const path of ["/", "/san-pham", "/en/san-pham/mien-dong-tai-hoan"]) {
    const res = await request.get(path)
    expect([path, res.headers()["cache-control"]]).toEqual([path, "public, max-age=0, must-revalidate"])
    expect(res.headers()["vary"]).toMatch(/Cookie/)
  }
  // a page drawn with a cart or a session in its header belongs to that visitor
  for (const cookie of ["ocop_cart_count=2", "ocop_auth=x", "ocop_producer=x"]) {
    const res = await request.get("/san-pham", { headers: { cookie } })
    expect([cookie, res.headers()["cache-control"]]).toEqual([cookie, "private, no-store"])
  }
  // and carts, checkout, accounts and the portal are never kept, whoever asks
  for (const path of ["/gio-hang", "/thanh-toan", "/tai-khoan", "/en/gio-hang/", "/kenh-nguoi-ban"]) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect([path, res.headers()["cache-control"]]).toEqual([path, "private, no-store"])
  }
})

test("the offline page is accessible in both languages", async ({ page }) => {
  await page.goto("/ngoai-tuyen")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn đang ngoại tuyến")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex")
  await expectAccessible(page)
  await page.goto("/en/ngoai-tuyen")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline")
  await expectAccessible(page)
})
