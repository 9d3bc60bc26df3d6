// Request budgets: how many times a client may do something (sign in, check
// out, search) within a sliding window. Kept in Redis when there is one, so
// every storefront and backend instance draws on the same budget; in the
// process's memory otherwise. Server-only (not exported from the index).
//
// Why ours and not rate-limiter-flexible: its Redis limiter counts fixed windows
// (a key that lives `duration` from its first use, so up to twice the limit can
// pass across a window's edge), while these budgets are a sliding log — a use
// leaves the budget exactly windowMs after it was made, and Retry-After is the
// time until the oldest one does. The backend's sign-in guard also needs "count
// whatever the budget says" (record) and "check without counting" (waitFor),
// both on the same key the storefront's counters use (ocop:budget:<name>:<client>),
// on Redis's clock, letting requests through when Redis does not answer in 1 s.
// That is one Lua script and a small in-memory twin; the tests
// (request-budget.test.ts, tests/system/shared-budgets.mjs) pin this behaviour.

export interface Budget {
  name: string
  limit: number
  windowMs: number
}

export interface BudgetCounter {
  /** Counts one use unless the budget is spent; returns the seconds to wait when it is, else 0. */
  spend(budget: Budget, client: string): Promise<number>
  /** Seconds until one more use would be allowed (0: now), counting nothing. */
  waitFor(budget: Budget, client: string): Promise<number>
  /** Counts one use whatever the budget says (e.g. a failed sign-in). */
  record(budget: Budget, client: string): Promise<void>
}

const secondsUntil = (oldest: number, windowMs: number, now: number) => Math.max(1, Math.ceil((oldest + windowMs - now) / 1000))

/** One process's counter: fine for a single instance, and for tests. */
export function memoryCounter({ now = Date.now, maxClients = 50_000 } = {}): BudgetCounter {
  const uses = new Map<string, number[]>()
  const recent = (key: string, windowMs: number, t: number) => (uses.get(key) ?? []).filter((u) => t - u < windowMs)
  const add = (key: string, list: number[], t: number) => {
    list.push(t)
    uses.delete(key) // re-inserted last: the Map's first key is the least recently used client
    uses.set(key, list)
    if (uses.size > maxClients) uses.delete(uses.keys().next().value!)
  }
  return {
    async spend(budget, client) {
      const key = `${budget.name}:${client}`
      const t = now()
      const list = recent(key, budget.windowMs, t)
      if (list.length >= budget.limit) {
        uses.set(key, list)
        return secondsUntil(list[0] ?? t, budget.windowMs, t)
      }
      add(key, list, t)
      return 0
    },
    async waitFor(budget, client) {
      const t = now()
      const list = recent(`${budget.name}:${client}`, budget.windowMs, t)
      return list.length >= budget.limit ? secondsUntil(list[0] ?? t, budget.windowMs, t) : 0
    },
    async record(budget, client) {
      const key = `${budget.name}:${client}`
      const t = now()
      add(key, recent(key, budget.windowMs, t), t)
    },
  }
}

/** What the Redis counter needs of a client (ioredis has it). */
export interface RedisEval {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>
}

// One sorted set per budget and client, scored by the time of each use; the
// whole check-and-count runs in Redis as one script, so two instances can
// never both take the last use. Time comes from Redis, not from the instances'
// clocks. ARGV: window ms, limit (-1: count without checking), member ("" : check only).
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if limit >= 0 and redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  local first = now
  if oldest[2] then first = tonumber(oldest[2]) end
  return math.max(1, math.ceil((first + window - now) / 1000))
end
if ARGV[3] ~= '' then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
end
return 0`

let sequence = 0
const uniqueMember = () => `${Date.now().toString(36)}-${(sequence++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/**
 * A counter shared by every instance through Redis. When Redis does not
 * answer within timeoutMs the request is let through (and onError told): a
 * budget must not take the shop down with it.
 */
export function redisCounter(redis: RedisEval, { prefix = "ocop:budget:", timeoutMs = 1000, onError = (_e: unknown) => {} } = {}): BudgetCounter {
  const call = async (budget: Budget, client: string, limit: number, member: string) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      return Number(await Promise.race([redis.eval(SCRIPT, 1, `${prefix}${budget.name}:${client}`, budget.windowMs, limit, member), late]))
    } catch (e) {
      onError(e)
      return 0
    } finally {
      clearTimeout(timer)
    }
  }
  return {
    spend: (budget, client) => call(budget, client, budget.limit, uniqueMember()),
    waitFor: (budget, client) => call(budget, client, budget.limit, ""),
    record: async (budget, client) => void (await call(budget, client, -1, uniqueMember())),
  }
}

/**
 * The counter for a process: in Redis when redisUrl is set (connect makes the
 * client, e.g. ioredis), in memory otherwise. Unanswered Redis calls are
 * logged at most once a minute, naming what goes uncounted.
 */
export function counterFor(redisUrl: string | undefined, connect: (url: string) => RedisEval, uncounted: string): BudgetCounter {
  if (!redisUrl) return memoryCounter()
  let warned = 0
  return redisCounter(connect(redisUrl), {
    onError: (e) => {
      if (Date.now() - warned > 60_000) console.warn(`[budgets] Redis unavailable, ${uncounted} are not counted: ${(e as Error).message}`)
      warned = Date.now()
    },
  })
}

/** Budgets read from the environment: a number, or the default when unset or not a positive number. */
export function budgetLimit(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && value !== "" && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback
}
