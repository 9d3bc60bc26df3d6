// Checkout benchmark: shoppers going through the whole purchase against the
// store API (cart, line, 2025 address, delivery, payment session, place order)
// with 1 and 10 at once; orders per second and latency of each step.
// Production backend (medusa start) on the demo catalogue.   npm run bench -- checkout
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { percentile } from "../lib/http-load.mjs"

const SECONDS = Number(process.env.BENCH_SECONDS || 20)
const CLIENTS = [1, 10]
const STEPS = ["cart", "line", "address", "delivery", "payment", "complete"]

export async function runBenchmark({ ROOT, prepareDatabase, serve, database }) {
  process.env.PORT = process.env.BENCH_BACKEND_PORT || "9200"
  process.env.OCOP_KEY_FILE = join(ROOT, ".data", "publishable-key.bench-checkout")
  const db = await database.resolveDatabase()
  // a fresh database each run: orders and reservations of a previous run would change the stock
  await database.dropDatabase(db.adminUrl, "ocop_bench_checkout")
  await database.ensureDatabase(db.adminUrl, "ocop_bench_checkout")
  const url = database.withDatabase(db.adminUrl, "ocop_bench_checkout")
  await prepareDatabase(url)
  const services = await serve(url, { stdio: ["ignore", "ignore", "inherit"], backendOnly: true, production: true })
  const base = `http://localhost:${process.env.PORT}`
  const key = readFileSync(process.env.OCOP_KEY_FILE, "utf8").trim()
  const call = async (path, body) => {
    const res = await fetch(base + path, {
      method: body ? "POST" : "GET",
      headers: { "x-publishable-api-key": key, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 200)}`)
    return res.json()
  }
  const rows = []
  try {
    const { regions } = await call("/store/regions")
    const region = regions.find((r) => r.currency_code === "vnd").id
    // shoppers spread over the products in stock, as in a real shop
    const { hits } = await call("/store/product-search?in_stock=true&limit=100")
    const { products } = await call(`/store/products?limit=100&fields=variants.id&${hits.map((h) => `id[]=${h.id}`).join("&")}`)
    const variants = products.map((p) => p.variants[0].id)
    let n = 0
    const purchase = async (timings) => {
      const time = async (step, fn) => {
        const t = performance.now()
        const out = await fn()
        timings[step].push(performance.now() - t)
        return out
      }
      const i = n++
      const { cart } = await time("cart", () => call("/store/carts", { region_id: region, email: `bench${i}@ocop.test` }))
      await time("line", () => call(`/store/carts/${cart.id}/line-items`, { variant_id: variants[i % variants.length], quantity: 1 }))
      await time("address", () =>
        call(`/store/carts/${cart.id}`, { shipping_address: { first_name: "Khách thử", phone: "0912 345 678", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: `${i} Tràng Tiền`, country_code: "vn" } })
      )
      await time("delivery", async () => {
        const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
        const standard = shipping_options.find((s) => s.name === "Giao hàng tiêu chuẩn")
        await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
      })
      await time("payment", async () => {
        const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
        await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_ocop" })
      })
      const done = await time("complete", () => call(`/store/carts/${cart.id}/complete`, {}))
      if (done.type !== "order") throw new Error(`no order: ${JSON.stringify(done).slice(0, 200)}`)
    }
    await purchase(Object.fromEntries(STEPS.map((s) => [s, []]))) // warm-up
    for (const clients of CLIENTS) {
      const timings = Object.fromEntries(STEPS.map((s) => [s, []]))
      const whole = []
      let orders = 0
      let errors = 0
      const until = Date.now() + SECONDS * 1000
      const started = Date.now()
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (Date.now() < until) {
            const t = performance.now()
            try {
              await purchase(timings)
              orders++
              whole.push(performance.now() - t)
            } catch (e) {
              errors++
              if (errors <= 3) console.error(String(e.message))
            }
          }
        })
      )
      const elapsed = (Date.now() - started) / 1000
      const p = (xs, q) => (xs.length ? percentile([...xs].sort((a, b) => a - b), q) : NaN)
      rows.push({
        clients,
        orders,
        errors,
        orders_per_s: +(orders / elapsed).toFixed(2),
        purchase_p50: p(whole, 50),
        purchase_p95: p(whole, 95),
        ...Object.fromEntries(STEPS.map((s) => [`${s}_p95`, p(timings[s], 95)])),
        complete_p50: p(timings.complete, 50),
      })
      console.log(rows.at(-1))
    }
  } finally {
    services.forEach((s) => s.stop())
    await db.stop()
  }
  const f = (v) => (Number.isFinite(v) ? v.toFixed(1) : "—")
  const header = `Checkout benchmark — ${new Date().toISOString()} — ${os.cpus().length}× ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${SECONDS} s per run; medusa start (production), COD, standard delivery, demo catalogue`
  const table = [
    `| shoppers at once | orders | orders/s | errors | purchase p50 ms | purchase p95 ms | ${STEPS.map((s) => `${s} p95 ms`).join(" | ")} |`,
    `|---:|---:|---:|---:|---:|---:|${STEPS.map(() => "---:").join("|")}|`,
    ...rows.map((r) => `| ${r.clients} | ${r.orders} | ${r.orders_per_s} | ${r.errors} | ${f(r.purchase_p50)} | ${f(r.purchase_p95)} | ${STEPS.map((s) => f(r[`${s}_p95`])).join(" | ")} |`),
  ].join("\n")
  const report = `${header}\n\n${table}\n\n"purchase" is the whole sequence of 8 requests; "delivery" lists the options and picks one; "payment" creates the collection and a COD session.\n`
  console.log(`\n${report}`)
  mkdirSync(join(ROOT, ".data", "bench"), { recursive: true })
  writeFileSync(join(ROOT, ".data", "bench", "checkout.md"), report)
  return rows.some((r) => r.errors > 0) ? 1 : 0
}
