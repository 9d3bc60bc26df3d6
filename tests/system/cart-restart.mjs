// "A restarted backend mid-checkout loses no cart": a cart filled and
// addressed through the store API is still there, unchanged, after the
// backend process is stopped and started again (carts live in Postgres).
import { portFree } from "../../scripts/lib/proc.mjs"

export async function startCheckout(base, key) {
  const call = async (path, body) => {
    const res = await fetch(base + path, {
      method: body ? "POST" : "GET",
      headers: { "x-publishable-api-key": key, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  const { regions } = await call("/store/regions")
  const { products } = await call("/store/products?handle=mien-dong-tai-hoan&fields=variants.id")
  const { cart } = await call("/store/carts", { region_id: regions.find((r) => r.currency_code === "vnd").id })
  await call(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 3 })
  const address = { first_name: "Vũ Thị Lan", phone: "0977 000 111", province: "hue", city: "Phường Phú Xuân", address_1: "3 Đinh Tiên Hoàng", country_code: "vn" }
  const { cart: filled } = await call(`/store/carts/${cart.id}`, { shipping_address: address })
  return { call, cart: filled }
}

export async function checkCartAfterRestart({ before, call }) {
  const { cart } = await call(`/store/carts/${before.id}`)
  const shape = (c) => ({
    items: c.items.map((i) => [i.variant_id, i.quantity, i.unit_price]),
    address: [c.shipping_address.first_name, c.shipping_address.phone, c.shipping_address.province],
    total: c.total,
  })
  const a = JSON.stringify(shape(before))
  const b = JSON.stringify(shape(cart))
  return a === b ? null : `cart changed across the restart:\n  before ${a}\n  after  ${b}`
}

export async function waitForPortFree(port, ms = 30000) {
  const until = Date.now() + ms
  while (!(await portFree(port)) && Date.now() < until) await new Promise((r) => setTimeout(r, 250))
}
