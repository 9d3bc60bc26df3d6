import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { expect, type Page } from "@playwright/test"

// What the producer-portal browser tests share: staff's side through the admin
// API (the admin UI has its own test), a shopper's order through the store API,
// and the checks every phone page must pass.

export const BACKEND = process.env.BACKEND_URL || "http://localhost:9000"
const ADMIN = { email: "admin@ocop.local", password: "ocop-admin-2026" }
export const PHONE = { width: 390, height: 844 }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer of the API; callers that read it closely name T
async function call<T = any>(path: string, init: { method?: string; body?: unknown; token?: string; key?: string } = {}): Promise<T> {
  const res = await fetch(`${BACKEND}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.key ? { "x-publishable-api-key": init.key } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(body)}`)
  return body as T
}

export async function staffToken(): Promise<string> {
  return (await call<{ token: string }>("/auth/user/emailpass", { body: ADMIN })).token
}

/** Staff invite a member of the producer found by name; answers the invitation link's path and query. */
export async function inviteMember(token: string, producerName: string, email: string) {
  const { producers } = await call(`/admin/producers?q=${encodeURIComponent(producerName)}&limit=5`, { token })
  const producer = producers.find((p: { name: string }) => p.name === producerName)
  const { invite_url } = await call(`/admin/producers/${producer.id}/invites`, { token, body: { email } })
  const url = new URL(invite_url)
  return url.pathname + url.search
}

export const moderate = (token: string, productId: string, action: "verify" | "reject", note?: string) =>
  call(`/admin/ocop/products/${productId}/verification`, { token, body: { action, ...(note ? { note } : {}) } })

function publishableKey(): string {
  const file = process.env.OCOP_KEY_FILE || join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".data", "publishable-key.e2e")
  return readFileSync(file, "utf8").trim()
}

/** A shopper's cash-on-delivery order, placed through the store API; answers the order. */
export async function placeCodOrder(variantId: string, quantity: number, address: Record<string, string>) {
  const key = publishableKey()
  const post = (path: string, body: unknown) => call(path, { key, body })
  // the Việt Nam region by its currency: the list's order is not fixed, and the export region refuses a VN address
  const { regions } = await call("/store/regions", { key })
  const vietnam = regions.find((r: { currency_code: string }) => r.currency_code === "vnd")
  const { cart } = await post("/store/carts", { region_id: vietnam.id, email: "nguoi-mua@example.vn" })
  await post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity })
  await post(`/store/carts/${cart.id}`, { shipping_address: address })
  const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`, { key })
  const standard = shipping_options.find((s: { name: string }) => s.name === "Giao hàng tiêu chuẩn")
  await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
  const { payment_collection } = await post("/store/payment-collections", { cart_id: cart.id })
  await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_ocop" })
  const done = await post(`/store/carts/${cart.id}/complete`, {})
  expect(done.type).toBe("order")
  return done.order as { id: string; display_id: number; total: number }
}

/** On the invitation page: the member joins with this password and lands in the producer's portal. */
export async function joinWithPassword(page: Page, password: string, producer: string) {
  await page.getByLabel(/Mật khẩu mới/).fill(password)
  await page.getByRole("button", { name: "Tham gia" }).click()
  await expect(page.getByTestId("portal-producer")).toHaveText(producer)
}

/** Nothing wider than the phone: no sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
  expect(scroll, `page ${page.url()} scrolls sideways`).toBeLessThanOrEqual(width)
}

/** Every control of the portal a thumb can hit: at least 44 px high. */
export async function expectTouchTargets(page: Page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".portal a, .portal button, .portal input:not([type=hidden]):not(.file-input), .portal select, .portal label.button")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => [el.tagName, (el.textContent || el.getAttribute("name") || "").trim().slice(0, 40), Math.round(el.getBoundingClientRect().height)] as const)
      .filter(([, , h]) => h < 44)
  )
  expect(small, `controls under 44 px on ${page.url()}`).toEqual([])
}

// words of English sentences and of the backend's English messages; none of
// them is a Vietnamese word, and product names here are Vietnamese
const ENGLISH = /\b(the|and|is|are|must|be|of|with|your|you|not|at least|required|invalid|please|order|orders|price|stock|save|saved|ship|shipped|product|products|sign|size|error|found|characters)\b/i

/** The visible text of a Vietnamese page holds no English sentence or message. */
export async function expectNoEnglish(page: Page) {
  const text = await page.evaluate(() => document.body.innerText)
  const lines = text.split("\n").filter((l) => ENGLISH.test(l) && !/^English$/.test(l.trim()))
  expect(lines, `English on ${page.url()}`).toEqual([])
}
