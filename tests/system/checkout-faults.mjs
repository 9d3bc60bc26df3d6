// "Orders survive faults": many guest checkouts at once, a fault timed to hit
// place-order (the first order row committed is the signal), then the shoppers
// retry as people do. Afterwards the database must show no duplicate order, no
// order without its cart link, payment collection, authorised payment or stock
// reservation, reservations equal to open-order quantities, and every shopper
// told the truth (the order they were given is their cart's order; a failure
// left nothing placed, charged or reserved). Prints how long until a checkout
// succeeded again after the fault.
import pg from "pg"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function api(base, key) {
  return async (path, body) => {
    const res = await fetch(base + path, {
      method: body ? "POST" : "GET",
      headers: { "x-publishable-api-key": key, "content-type": "application/json", "accept-language": "vi" },
      body: body && JSON.stringify(body),
    })
    const text = await res.text()
    let json = null
    try {
      json = JSON.parse(text)
    } catch {}
    return { status: res.status, json, text, retryAfter: res.headers.get("retry-after") }
  }
}

/** Variants with stock to spare, spread over several products (checkouts of different goods run side by side). */
export async function stockedVariants(base, key, { min = 80, count = 8 } = {}) {
  const call = api(base, key)
  const { json } = await call("/store/products?limit=100&fields=handle,variants.id,+variants.inventory_quantity,variants.manage_inventory")
  const variants = json.products.flatMap((p) => p.variants.filter((v) => v.manage_inventory && v.inventory_quantity >= min).slice(0, 1).map((v) => v.id))
  if (variants.length < 2) throw new Error("the demo catalogue has too few stocked variants for the checkout fault test")
  return variants.slice(0, count)
}

/** A guest cart ready to be placed: one item, a Vietnamese address, home delivery, cash on delivery. */
export async function readyCart(base, key, variantId, n) {
  const call = api(base, key)
  const must = async (path, body) => {
    const r = await call(path, body)
    if (r.status >= 400) throw new Error(`${path}: ${r.status} ${r.text.slice(0, 300)}`)
    return r.json
  }
  const { regions } = await must("/store/regions")
  const { cart } = await must("/store/carts", { region_id: regions.find((r) => r.currency_code === "vnd").id, email: `fault-${Date.now()}-${n}@example.vn` })
  await must(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  await must(`/store/carts/${cart.id}`, {
    shipping_address: { first_name: `Khách ${n}`, phone: "0912 345 678", province: "ha-noi", city: "Phường Cầu Giấy", address_1: `${n} Trần Duy Hưng`, country_code: "vn" },
  })
  const { shipping_options } = await must(`/store/shipping-options?cart_id=${cart.id}`)
  const option = shipping_options.find((o) => o.type?.code === "home-standard") ?? shipping_options[0]
  await must(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id, data: {} })
  const { payment_collection } = await must("/store/payment-collections", { cart_id: cart.id })
  await must(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_ocop" })
  return cart.id
}

/** One press of "Đặt hàng": an order, a refusal, a 503, or a dropped connection. */
async function placeOnce(base, key, cartId) {
  try {
    const r = await api(base, key)(`/store/carts/${cartId}/complete`, {})
    if (r.status === 200 && r.json?.type === "order") return { kind: "order", orderId: r.json.order.id }
    return { kind: r.status === 503 ? "busy" : r.status >= 500 ? "error" : "refused", status: r.status, message: r.json?.message ?? r.text.slice(0, 200), retryAfter: r.retryAfter }
  } catch (e) {
    return { kind: "dropped", message: String(e.cause?.code ?? e.message) }
  }
}

/**
 * A shopper who keeps trying while the shop says "try again" (503, dropped
 * connection, 5xx) until `deadline`; returns every answer they saw.
 */
async function shopper(base, key, cartId, { deadline, retry = true }) {
  const answers = [await placeOnce(base, key, cartId)]
  while (retry && !["order", "refused"].includes(answers.at(-1).kind) && Date.now() < deadline) {
    await sleep(1000)
    answers.push(await placeOnce(base, key, cartId))
  }
  return answers
}

async function waitForOrderInsert(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on("error", () => {})
  await client.connect()
  await client.query(`create or replace function ocop_test_order_inserted() returns trigger language plpgsql as $$
    begin perform pg_notify('ocop_test_order', new.id); return new; end $$`)
  await client.query(`drop trigger if exists ocop_test_order_inserted on "order"`)
  await client.query(`create trigger ocop_test_order_inserted after insert on "order" for each row execute function ocop_test_order_inserted()`)
  await client.query("listen ocop_test_order")
  const first = new Promise((resolve) => client.once("notification", resolve))
  return {
    first,
    async remove() {
      const c = new pg.Client({ connectionString: databaseUrl })
      await c.connect()
      await c.query(`drop trigger if exists ocop_test_order_inserted on "order"`)
      await c.end()
      await client.end().catch(() => {})
    },
  }
}

/**
 * Runs one fault scenario. `fault()` is called the moment the first order row
 * is committed; `serving()` resolves when the shop answers again.
 * Half the shoppers whose first try failed never come back: their orders (if
 * any were half-made) must be put right by the recovery pass alone.
 */
export async function checkoutUnderFault({ base, key, databaseUrl, count = 20, fault, label }) {
  const variants = await stockedVariants(base, key)
  const carts = []
  for (let i = 0; i < count; i++) carts.push(await readyCart(base, key, variants[i % variants.length], i))
  const probeCart = await readyCart(base, key, variants[0], count)

  const signal = await waitForOrderInsert(databaseUrl)
  let faultAt = 0
  const faulted = signal.first.then(async () => {
    faultAt = Date.now()
    await fault()
  })
  const firstTries = await Promise.all(carts.map((id) => placeOnce(base, key, id)))
  await faulted
  await signal.remove().catch(() => {})

  // the first checkout that succeeds after the fault: the shop is selling again
  let back = 0
  const deadline = Date.now() + 120000
  while (Date.now() < deadline) {
    const r = await placeOnce(base, key, probeCart)
    if (r.kind === "order") {
      back = Date.now()
      break
    }
    await sleep(250)
  }

  const outcomes = await Promise.all(
    carts.map(async (id, i) => {
      const first = firstTries[i]
      if (first.kind === "order" || first.kind === "refused") return { cartId: id, answers: [first] }
      const comesBack = i % 2 === 0
      const more = await shopper(base, key, id, { deadline: Date.now() + 60000, retry: comesBack })
      return { cartId: id, answers: comesBack ? [first, ...more] : [first] }
    })
  )
  outcomes.push({ cartId: probeCart, answers: [{ kind: back ? "order" : "gave up" }] })

  const problems = []
  // shoppers who never came back: the recovery pass has up to ~75 s (one scheduled run after the settle time)
  const untilRecovered = Date.now() + 100000
  let remaining
  do {
    remaining = await checkInvariants(databaseUrl, outcomes)
    if (!remaining.length) break
    await sleep(3000)
  } while (Date.now() < untilRecovered)
  problems.push(...remaining)

  const tally = (kind) => outcomes.filter((o) => o.answers[0].kind === kind).length
  const statuses = outcomes.flatMap((o) => o.answers).filter((a) => a.kind === "error").map((a) => `${a.status} ${a.message}`)
  if (statuses.length) problems.push(`answers that were neither an order, a refusal nor a 503: ${[...new Set(statuses)].join("; ")}`)
  if (!back) problems.push("no checkout succeeded within 120 s of the fault")
  // every variant has stock to spare: a refusal would be untrue
  const refusals = outcomes.flatMap((o) => o.answers).filter((a) => a.kind === "refused").map((a) => `${a.status} ${a.message}`)
  if (refusals.length) problems.push(`shoppers refused although the stock was there: ${[...new Set(refusals)].join("; ")}`)
  const busy = outcomes.flatMap((o) => o.answers).filter((a) => a.kind === "busy")
  if (busy.some((a) => !a.retryAfter || !/vui lòng thử lại/i.test(a.message))) problems.push("a 503 without Retry-After or without the Vietnamese retry message")
  const repairs = await countRepairs(databaseUrl, outcomes.map((o) => o.cartId))
  const summary =
    `${label}: ${repairs} half-made order(s) repaired; first answers ${tally("order")} orders, ${tally("busy")} × 503, ${tally("dropped")} dropped, ${tally("error")} errors, ${tally("refused")} refused; ` +
    `selling again ${back ? ((back - faultAt) / 1000).toFixed(1) + " s" : "never"} after the fault`
  return { problems: problems.map((p) => `${label}: ${p}`), summary, recoveryMs: back ? back - faultAt : null }
}

/** What the database must show once shoppers and recovery are done (empty when all is well). */
export async function checkInvariants(databaseUrl, outcomes) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const problems = []
  try {
    const cartIds = outcomes.map((o) => o.cartId)
    const { rows: orders } = await db.query(
      `select o.id, o.metadata->>'ocop_checkout' as cart_id, o.status,
              exists(select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null) as linked,
              exists(select 1 from order_payment_collection op where op.order_id = o.id and op.deleted_at is null) as has_collection,
              exists(select 1 from order_payment_collection op join payment p on p.payment_collection_id = op.payment_collection_id and p.deleted_at is null
                      where op.order_id = o.id and op.deleted_at is null) as authorised
         from "order" o
        where o.deleted_at is null and o.status <> 'canceled'
          and (o.metadata->>'ocop_checkout' = any($1) or o.id in (select order_id from order_cart where cart_id = any($1) and deleted_at is null))`,
      [cartIds]
    )
    const { rows: lines } = await db.query(
      `select oi.order_id, li.id as line_id, oi.quantity::numeric as quantity,
              coalesce((select sum(r.quantity) from reservation_item r where r.line_item_id = li.id and r.deleted_at is null), 0)::numeric as reserved
         from order_item oi join order_line_item li on li.id = oi.item_id
         join "order" o on o.id = oi.order_id and oi.version = o.version
        where oi.order_id = any($1) and oi.deleted_at is null`,
      [orders.map((o) => o.id)]
    )
    for (const cartId of cartIds) {
      const mine = orders.filter((o) => o.cart_id === cartId)
      if (mine.length > 1) problems.push(`cart ${cartId} has ${mine.length} orders: ${mine.map((o) => o.id).join(", ")}`)
    }
    for (const o of orders) {
      const missing = [!o.linked && "cart link", !o.has_collection && "payment collection", !o.authorised && "authorised payment"].filter(Boolean)
      for (const l of lines.filter((l) => l.order_id === o.id)) if (Number(l.reserved) !== Number(l.quantity)) missing.push(`reservation (${l.reserved} of ${l.quantity})`)
      if (missing.length) problems.push(`order ${o.id} lacks ${missing.join(", ")}`)
    }
    for (const { cartId, answers } of outcomes) {
      const last = [...answers].reverse().find((a) => a.kind === "order")
      const live = orders.find((o) => o.cart_id === cartId)
      if (last && last.orderId && live?.id !== last.orderId) problems.push(`a shopper was given order ${last.orderId}, but cart ${cartId}'s order is ${live?.id ?? "none"}`)
      if (!last && !live) {
        const { rows } = await db.query(
          `select count(*)::int as n from cart_payment_collection cp join payment p on p.payment_collection_id = cp.payment_collection_id and p.deleted_at is null
            where cp.cart_id = $1 and cp.deleted_at is null and p.canceled_at is null`,
          [cartId]
        )
        if (rows[0].n) problems.push(`cart ${cartId}: no order, yet its payment was authorised`)
      }
    }
    // every reservation belongs to a live order line, and the stock levels count exactly those
    const { rows: stray } = await db.query(
      `select r.id from reservation_item r
         left join order_line_item li on li.id = r.line_item_id
         left join order_item oi on oi.item_id = li.id and oi.deleted_at is null
         left join "order" o on o.id = oi.order_id and o.deleted_at is null and o.status <> 'canceled'
        where r.deleted_at is null and r.line_item_id is not null and o.id is null`
    )
    if (stray.length) problems.push(`${stray.length} reservation(s) held for lines of no live order (stock withheld from sale)`)
    const { rows: levels } = await db.query(
      `select l.inventory_item_id, l.location_id, l.reserved_quantity::numeric as level,
              coalesce((select sum(r.quantity) from reservation_item r where r.inventory_item_id = l.inventory_item_id
                          and r.location_id = l.location_id and r.deleted_at is null), 0)::numeric as reservations
         from inventory_level l where l.deleted_at is null`
    )
    const off = levels.filter((l) => Number(l.level) !== Number(l.reservations))
    if (off.length) problems.push(`${off.length} stock level(s) whose reserved quantity differs from their reservations (e.g. ${off[0].inventory_item_id}: ${off[0].level} vs ${off[0].reservations})`)
  } finally {
    await db.end()
  }
  return problems
}

async function countRepairs(databaseUrl, cartIds) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(`select found_by, outcome, count(*)::int as n from order_repair where cart_id = any($1) group by 1, 2`, [cartIds])
    return rows.length ? rows.map((r) => `${r.n} ${r.outcome} (${r.found_by})`).join(", ") : "0"
  } finally {
    await db.end()
  }
}

/**
 * A Redis server of the test's own (the machine's stays untouched), so the
 * test can stop it mid-checkout and start it again. Null without redis-server.
 */
export async function ownRedis(port) {
  const { spawn, spawnSync } = await import("node:child_process")
  if (spawnSync("redis-server", ["--version"]).status !== 0) return null
  let child = null
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    for (let i = 0; i < 50; i++) {
      if (spawnSync("redis-cli", ["-p", String(port), "ping"]).stdout?.toString().includes("PONG")) return
      await sleep(100)
    }
    throw new Error(`redis-server on port ${port} did not start`)
  }
  const stop = async () => {
    if (!child || child.exitCode !== null) return
    const exited = new Promise((r) => child.once("exit", r))
    child.kill("SIGKILL")
    await exited
  }
  await start()
  return { url: `redis://localhost:${port}`, start, stop }
}
