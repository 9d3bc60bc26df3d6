import { expect, test, type Page } from "@playwright/test"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

// Issue #19: the service worker. With the network cut, a page asked for is answered
// by the offline page of its language with the products viewed last; carts,
// checkout, accounts and the portal are never kept; a new release takes over.

/** Waits until this page is controlled by the shop's service worker. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }))
  })
}

/** The release the active service worker says it is. */
const release = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        navigator.serviceWorker.addEventListener("message", (e) => resolve(e.data.release), { once: true })
        navigator.serviceWorker.controller!.postMessage("release")
      })
  )

/** Every URL the service worker keeps, by cache. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)
    return out
  })

test("with the network cut, pages answer with the offline page in the visitor's language, listing the products viewed last", async ({ page, context }) => {
  await page.goto("/san-pham/mien-dong-tai-hoan")
  await controlled(page)
  const first = (await page.getByRole("heading", { level: 1 }).textContent())!.trim()
  await page.goto("/san-pham/che-tan-cuong-moc-cau")
  const second = (await page.getByRole("heading", { level: 1 }).textContent())!.trim()
  await page.goto("/gio-hang")
  await context.setOffline(true)
  try {
    await page.goto("/san-pham")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn đang ngoại tuyến")
    // its styles came from the service worker's cache too
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)")
    const viewed = page.locator("ul.last-viewed a")
    await expect(viewed).toHaveText([second, first])
    await expect(viewed.first()).toHaveAttribute("href", "/san-pham/che-tan-cuong-moc-cau")
    // a cart is never kept: the cart page offline is the offline page, not the cart seen a moment ago
    await page.goto("/gio-hang")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn đang ngoại tuyến")
    await page.goto("/en/san-pham/mien-dong-tai-hoan")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline")
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Products you viewed recently")
  } finally {
    await context.setOffline(false)
  }
  await page.goto("/san-pham")
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Bạn đang ngoại tuyến")
})

test("the service worker keeps hashed files, pictures and the offline pages, never a page of carts, checkout, accounts or the portal", async ({ page }) => {
  await page.goto("/san-pham/mien-dong-tai-hoan")
  await controlled(page)
  for (const path of ["/gio-hang", "/thanh-toan", "/tai-khoan", "/kenh-nguoi-ban", "/en/gio-hang", "/san-pham", "/san-pham/mien-dong-tai-hoan"]) await page.goto(path)
  // pictures below the fold load as the visitor scrolls: scroll, then wait for the network to settle
  await page.goto("/san-pham/mien-dong-tai-hoan")
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState("networkidle")
  const kept = await cached(page)
  const all = Object.values(kept).flat()
  expect(all.filter((p) => /gio-hang|thanh-toan|tai-khoan|kenh-nguoi-ban|don-hang/.test(p))).toEqual([])
  // the only pages kept are the two offline pages
  const offline = Object.entries(kept).find(([name]) => name.startsWith("ocop-offline-"))!
  expect(offline[1].sort()).toEqual(["/en/ngoai-tuyen", "/ngoai-tuyen"])
  expect(kept["ocop-assets"].every((p) => p.startsWith("/_astro/"))).toBe(true)
  expect(kept["ocop-assets"].length).toBeGreaterThan(0)
  expect(kept["ocop-pictures"]?.length ?? 0).toBeGreaterThan(0)
})

test("a new release's service worker is picked up: it takes over and the old release's offline pages go", async ({ page, context }) => {
  // the shop behind a proxy of the test's own, which can serve "the next release" of /sw.js the way
  // a new build serves it (a browser's service worker update check is not seen by page routes)
  const shop = await releaseProxy(new URL(process.env.STOREFRONT_URL || "http://localhost:4321").origin)
  try {
    await page.goto(`${shop.origin}/`)
    await controlled(page)
    const before = await release(page)
    expect(before).toMatch(/^[\w-]+$/)
    const oldCache = `ocop-offline-${before}`
    expect(Object.keys(await cached(page))).toContain(oldCache)
    const next = `${before}-next`
    shop.release = next
    // a visit later the browser asks for /sw.js again (updateViaCache "none"); update() is that check, now
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      const changed = new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }))
      await registration.update()
      await changed
    })
    expect(await release(page)).toBe(next)
    await expect.poll(async () => Object.keys(await cached(page))).toContain(`ocop-offline-${next}`)
    await expect.poll(async () => Object.keys(await cached(page))).not.toContain(oldCache)
    // and the new worker serves: offline, the offline page still answers
    await context.setOffline(true)
    try {
      await page.goto(`${shop.origin}/san-pham`)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn đang ngoại tuyến")
    } finally {
      await context.setOffline(false)
    }
  } finally {
    await shop.close()
  }
})

/** Forwards everything to the shop; once `release` is set, /sw.js carries that release id instead. */
async function releaseProxy(target: string) {
  const state = { release: "" }
  const server = createServer(async (req, res) => {
    const answer = await fetch(target + req.url, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "accept-encoding"].includes(k))) as Record<string, string>,
      redirect: "manual",
    })
    let body = Buffer.from(await answer.arrayBuffer())
    if (req.url === "/sw.js" && state.release) body = Buffer.from(body.toString().replace(/const RELEASE = "[^"]*"/, `const RELEASE = ${JSON.stringify(state.release)}`))
    const headers = Object.fromEntries([...answer.headers].filter(([k]) => !["content-encoding", "content-length", "transfer-encoding", "connection"].includes(k)))
    res.writeHead(answer.status, headers)
    res.end(body)
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    set release(id: string) {
      state.release = id
    },
    close: () => new Promise((r) => server.close(r)),
  }
}
