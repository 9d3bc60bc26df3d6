import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Budget, type BudgetCounter, budgetLimit, memoryCounter, redisCounter } from "./request-budget"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const REDIS_URL = process.env.REDIS_URL || "redis://localhost:6379"
const prefix = `ocop:test:budget:${process.pid}:${Date.now()}:`

// One contract for both counters; each gets fresh budget names.
function contract(name: string, make: () => { counter: BudgetCounter; other: BudgetCounter; advance: (ms: number) => Promise<void> }) {
  describe(name, () => {
    let n = 0
    const budget = (limit: number, windowMs = 60_000): Budget => ({ name: `${name}-${n++}`, limit, windowMs })

    it("lets a client use its budget, then says how long to wait; other clients and budgets are untouched", async () => {
      const { counter } = make()
      const b = budget(3)
      for (let i = 0; i < 3; i++) expect(await counter.spend(b, "1.2.3.4")).toBe(0)
      const wait = await counter.spend(b, "1.2.3.4")
      expect(wait).toBeGreaterThan(0)
      expect(wait).toBeLessThanOrEqual(60)
      expect(await counter.spend(b, "5.6.7.8")).toBe(0)
      expect(await counter.spend(budget(3), "1.2.3.4")).toBe(0)
    })

    it("counts failures apart from checks: waitFor counts nothing, record counts past the limit", async () => {
      const { counter } = make()
      const b = budget(2)
      expect(await counter.waitFor(b, "acct")).toBe(0)
      expect(await counter.waitFor(b, "acct")).toBe(0)
      await counter.record(b, "acct")
      expect(await counter.waitFor(b, "acct")).toBe(0)
      await counter.record(b, "acct")
      await counter.record(b, "acct")
      expect(await counter.waitFor(b, "acct")).toBeGreaterThan(0)
    })

    it("gives the budget back as old uses leave the window", async () => {
      const { counter, advance } = make()
      const b = budget(2, 1000)
      await counter.spend(b, "c")
      await counter.spend(b, "c")
      expect(await counter.spend(b, "c")).toBe(1)
      await advance(1100)
      expect(await counter.spend(b, "c")).toBe(0)
    })

    it("shares one budget between instances: of 20 requests at once, exactly the limit get through", async () => {
      const { counter, other } = make()
      const b = budget(5)
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? counter : other).spend(b, "shared")))
      expect(answers.filter((w) => w === 0)).toHaveLength(5)
      expect(answers.filter((w) => w > 0)).toHaveLength(15)
    })
  })
}

let clock = 1_000_000
contract("memory counter", () => {
  const counter = memoryCounter({ now: () => clock })
  return { counter, other: counter, advance: async (ms) => void (clock += ms) }
})

describe("memory counter size", () => {
  it("forgets the least recently seen clients beyond its size", async () => {
    const counter = memoryCounter({ maxClients: 2 })
    const b = { name: "cap", limit: 1, windowMs: 60_000 }
    await counter.spend(b, "a")
    await counter.spend(b, "b")
    await counter.spend(b, "c")
    expect(await counter.spend(b, "a")).toBe(0)
    expect(await counter.spend(b, "c")).toBeGreaterThan(0)
  })
})

const clients: Redis[] = []
const reachable = await (async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await probe.connect()
    await probe.ping()
    return true
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
})()

describe.skipIf(!reachable)(`Redis counter (${REDIS_URL})`, () => {
  beforeAll(() => {
    clients.push(new Redis(REDIS_URL), new Redis(REDIS_URL))
  })
  afterAll(async () => {
    const keys = await clients[0].keys(`${prefix}*`)
    if (keys.length) await clients[0].del(...keys)
    clients.forEach((c) => c.disconnect())
  })
  contract("redis", () => ({
    // two connections stand for two storefront or backend instances
    counter: redisCounter(clients[0], { prefix }),
    other: redisCounter(clients[1], { prefix }),
    advance: (ms) => sleep(ms),
  }))

  it("keeps each budget's uses under one key that expires with its window", async () => {
    const counter = redisCounter(clients[0], { prefix })
    await counter.spend({ name: "ttl", limit: 5, windowMs: 30_000 }, "x")
    const ttl = await clients[0].pttl(`${prefix}ttl:x`)
    expect(ttl).toBeGreaterThan(25_000)
    expect(ttl).toBeLessThanOrEqual(30_000)
  })
})

describe("Redis counter without Redis", () => {
  it("lets requests through and reports the error instead of failing the shop", async () => {
    const down = new Redis("redis://127.0.0.1:1", { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null })
    const errors: unknown[] = []
    const counter = redisCounter(down, { prefix, onError: (e) => errors.push(e) })
    expect(await counter.spend({ name: "down", limit: 1, windowMs: 1000 }, "x")).toBe(0)
    expect(errors).toHaveLength(1)
    down.disconnect()
  })

  it("does not keep a request waiting longer than its time limit while Redis is unreachable", async () => {
    // retrying forever with the offline queue on: commands would wait for a connection that never comes
    const away = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: null, retryStrategy: () => 200 })
    away.on("error", () => {})
    const errors: unknown[] = []
    const counter = redisCounter(away, { prefix, timeoutMs: 300, onError: (e) => errors.push(e) })
    expect(await counter.spend({ name: "away", limit: 1, windowMs: 1000 }, "x")).toBe(0)
    expect(String(errors[0])).toMatch(/did not answer within 300 ms/)
    away.disconnect()
  })
})

describe("budget limits from the environment", () => {
  it("takes positive numbers and falls back on anything else", () => {
    expect(budgetLimit("25", 10)).toBe(25)
    expect(budgetLimit(undefined, 10)).toBe(10)
    for (const bad of ["", "0", "-3", "abc"]) expect(budgetLimit(bad, 10)).toBe(10)
  })
})
