// The shop's service worker, served at /sw.js (src/pages/sw.js.ts) with this
// release's id in place of __RELEASE__, so every new build is a new worker.
//
// What it keeps, and why only that:
//   - /_astro/ files (scripts, styles, icons): named by their content, never stale;
//   - product pictures (from the backend or the bucket), recognised by their name
//     `<name>-<width>.<format>` (seeded) or `<name>-<width>w.webp` (uploaded), which
//     never changes content; map tiles and other images are left to the browser;
//   - the offline page of each language, drawn without cookies (no cart in it).
// Pages themselves are never kept: prices and stock change, and carts, checkout,
// accounts, orders and the producer portal belong to one person. When the network
// is gone, a page asked for is answered by the offline page of its language,
// which lists the products viewed last (localStorage, written by the product page).
//
// A new release installs beside the old one, takes over at once (no page of the
// old release depends on anything this worker keeps but /_astro/ files, which stay)
// and deletes the old release's offline pages.
const RELEASE = "__RELEASE__"
const OFFLINE_CACHE = `ocop-offline-${RELEASE}`
const ASSET_CACHE = "ocop-assets"
const PICTURE_CACHE = "ocop-pictures"
const KEEP = { [ASSET_CACHE]: 200, [PICTURE_CACHE]: 150 }
const OFFLINE_PAGES = { vi: "/ngoai-tuyen", en: "/en/ngoai-tuyen" }
const PICTURE = /-\d+w?\.(webp|avif|jpe?g|png)$/
// never answered from a cache, not even a picture of them
const PERSONAL = /^\/(en\/)?(gio-hang|thanh-toan|tai-khoan|don-hang|kenh-nguoi-ban|api)(\/|$)/i

async function precacheOfflinePages() {
  const offline = await caches.open(OFFLINE_CACHE)
  const assets = await caches.open(ASSET_CACHE)
  for (const path of Object.values(OFFLINE_PAGES)) {
    const res = await fetch(path, { credentials: "omit", cache: "reload" })
    if (!res.ok) throw new Error(`${path} answered ${res.status}`)
    const html = await res.clone().text()
    await offline.put(path, res)
    // the styles, scripts and icons the offline page needs
    const files = [...new Set(html.match(/\/_astro\/[^"'\s)<>]+/g) ?? [])]
    await Promise.all(files.map(async (file) => (await assets.match(file)) || assets.add(file)))
  }
}

/** Drops the oldest entries beyond the cache's allowance. */
async function trim(name) {
  const cache = await caches.open(name)
  const keys = await cache.keys()
  await Promise.all(keys.slice(0, Math.max(0, keys.length - KEEP[name])).map((k) => cache.delete(k)))
}

self.addEventListener("install", (event) => {
  event.waitUntil(precacheOfflinePages().then(() => self.skipWaiting()))
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(names.filter((n) => n.startsWith("ocop-offline-") && n !== OFFLINE_CACHE).map((n) => caches.delete(n)))
      await Promise.all(Object.keys(KEEP).map(trim))
      await self.clients.claim()
    })()
  )
})

// the page (and the browser tests) can ask which release is running
self.addEventListener("message", (event) => {
  if (event.data === "release") event.source?.postMessage({ release: RELEASE })
})

async function cacheFirst(request, name) {
  const cache = await caches.open(name)
  const kept = await cache.match(request)
  if (kept) return kept
  const res = await fetch(request)
  // opaque answers (pictures from another origin without CORS) are kept too: status 0
  if (res.ok || res.type === "opaque") {
    await cache.put(request, res.clone())
    if (name === PICTURE_CACHE) void trim(name)
  }
  return res
}

async function pageOrOffline(request, url) {
  try {
    return await fetch(request)
  } catch (error) {
    const path = /^\/en(\/|$)/i.test(url.pathname) ? OFFLINE_PAGES.en : OFFLINE_PAGES.vi
    const offline = await caches.match(path, { cacheName: OFFLINE_CACHE })
    if (offline) return offline
    throw error
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event
  if (request.method !== "GET") return
  const url = new URL(request.url)
  const sameOrigin = url.origin === self.location.origin
  if (request.mode === "navigate") return event.respondWith(pageOrOffline(request, url))
  if (sameOrigin && PERSONAL.test(url.pathname)) return
  if (sameOrigin && url.pathname.startsWith("/_astro/")) return event.respondWith(cacheFirst(request, ASSET_CACHE))
  if (request.destination === "image" && !url.search && PICTURE.test(url.pathname)) return event.respondWith(cacheFirst(request, PICTURE_CACHE))
})
