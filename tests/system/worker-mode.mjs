// Production shape: one backend in `server` mode answers HTTP, another in
// `worker` mode runs subscribers and jobs; they share Postgres and Redis.
// An admin change made through the server reaches the search index only via
// Redis and the worker — shown by stopping the worker (nothing happens) and
// starting it again (the queued event is processed and search follows).
import net from "node:net"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export async function redisReachable(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1500 })
    socket.once("connect", () => (socket.end(), resolve(true)))
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
  })
}

async function json(base, path, { method = "GET", body, headers = {} } = {}) {
  const res = await fetch(base + path, { method, headers: { "content-type": "application/json", ...headers }, body: body && JSON.stringify(body) })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

async function searchTitles(base, key, q) {
  const { hits } = await json(base, `/store/product-search?limit=5&q=${encodeURIComponent(q)}`, { headers: { "x-publishable-api-key": key } })
  return hits.map((h) => h.title)
}

async function waitForTitle(base, key, title, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if ((await searchTitles(base, key, title)).includes(title)) return true
    await sleep(300)
  }
  return false
}

/**
 * startServer/startWorker return a stoppable service. Returns a list of
 * problems (empty when the check passed) and what was measured.
 */
export async function checkWorkerMode({ serverBase, key, admin, startWorker }) {
  const problems = []
  const { token } = await json(serverBase, "/auth/user/emailpass", { method: "POST", body: admin })
  const auth = { authorization: `Bearer ${token}` }
  const { products } = await json(serverBase, "/admin/products?limit=1&status[]=published&fields=id,title", { headers: auth })
  const product = products[0]
  const rename = (title) => json(serverBase, `/admin/products/${product.id}`, { method: "POST", body: { title }, headers: auth })

  let worker = await startWorker()
  const first = `${product.title} · máy chủ ${Date.now().toString(36)}`
  let started = Date.now()
  await rename(first)
  if (!(await waitForTitle(serverBase, key, first, 30000))) problems.push("with a worker running, search never showed the renamed product")
  const withWorkerMs = Date.now() - started

  await worker.stop()
  const second = `${product.title} · hàng đợi ${Date.now().toString(36)}`
  await rename(second)
  if (await waitForTitle(serverBase, key, second, 5000)) problems.push("the server updated search by itself: events are not going through the worker")

  worker = await startWorker()
  started = Date.now()
  if (!(await waitForTitle(serverBase, key, second, 60000))) problems.push("the event queued in Redis while the worker was down was never processed")
  const queuedMs = Date.now() - started
  await worker.stop()
  await rename(product.title)
  return { problems, withWorkerMs, queuedMs }
}

/** Empties one Redis database (SELECT n, FLUSHDB) without needing redis-cli. */
export async function flushRedisDb(url) {
  const u = new URL(url)
  const db = u.pathname.replace("/", "") || "0"
  const cmd = (...args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 6379) }, () => {
      if (u.password) socket.write(cmd("AUTH", decodeURIComponent(u.password)))
      socket.write(cmd("SELECT", db) + cmd("FLUSHDB"))
    })
    let seen = ""
    socket.on("data", (d) => {
      seen += d
      if ((seen.match(/\r\n/g) ?? []).length >= (u.password ? 3 : 2)) {
        socket.end()
        resolve(seen.includes("-ERR") ? Promise.reject(new Error(seen)) : undefined)
      }
    })
    socket.on("error", reject)
  })
}
