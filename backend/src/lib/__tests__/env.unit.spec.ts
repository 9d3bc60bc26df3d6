import { EnvError, parseEnv } from "../env"

const problems = (env: Record<string, string>) => {
  try {
    parseEnv(env)
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError)
    return (e as EnvError).problems
  }
}

describe("backend environment", () => {
  it("accepts development with nothing set", () => {
    expect(problems({})).toEqual([])
  })

  it("accepts a full production environment and turns numbers into numbers", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://ocop:pw@db.internal:5432/ocop",
      PORT: "9000",
      MEDUSA_BACKEND_URL: "https://api.shop.example.vn",
      STOREFRONT_URL: "https://shop.example.vn",
      REDIS_URL: "redis://redis.internal:6379",
      MEILISEARCH_HOST: "http://search.internal:7700",
      MEILISEARCH_API_KEY: "key",
      STRIPE_API_KEY: "sk_live_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
      S3_BUCKET: "ocop",
      S3_FILE_URL: "https://files.shop.example.vn",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      JWT_SECRET: "j".repeat(32),
      COOKIE_SECRET: "c".repeat(32),
      MEDUSA_WORKER_MODE: "server",
      OCOP_QUERY_CACHE_TTL_S: "30",
      OCOP_SEARCH_CACHE_TTL_MS: "0",
      OCOP_SIGNIN_FAILURES: "10",
    })
    expect(env.PORT).toBe(9000)
    expect(env.OCOP_QUERY_CACHE_TTL_S).toBe(30)
    expect(env.OCOP_SEARCH_CACHE_TTL_MS).toBe(0)
  })

  it("accepts NODE_ENV=production on loopback URLs without secrets (tests, benchmarks)", () => {
    expect(
      problems({ NODE_ENV: "production", MEDUSA_BACKEND_URL: "http://localhost:9100", STOREFRONT_URL: "http://localhost:4400" })
    ).toEqual([])
  })

  it("treats an empty value as unset", () => {
    expect(problems({ MEDUSA_BACKEND_URL: "", STOREFRONT_URL: "", REDIS_URL: "" })).toEqual([])
  })

  const bad: [Record<string, string>, string][] = [
    [{ DATABASE_URL: "mysql://db/ocop" }, "DATABASE_URL"],
    [{ PORT: "nine" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ MEDUSA_BACKEND_URL: "api.shop.example.vn" }, "MEDUSA_BACKEND_URL"],
    [{ STOREFRONT_URL: "shop" }, "STOREFRONT_URL"],
    [{ REDIS_URL: "localhost:6379" }, "REDIS_URL"],
    [{ MEILISEARCH_HOST: "search" }, "MEILISEARCH_HOST"],
    [{ MEDUSA_WORKER_MODE: "both" }, "MEDUSA_WORKER_MODE"],
    [{ STRIPE_API_KEY: "pk_live_1", STRIPE_WEBHOOK_SECRET: "whsec_1" }, "STRIPE_API_KEY"],
    [{ STRIPE_API_KEY: "sk_live_1", STRIPE_WEBHOOK_SECRET: "secret" }, "STRIPE_WEBHOOK_SECRET"],
    [{ S3_BUCKET: "b" }, "S3_FILE_URL"],
    [{ S3_ENDPOINT: "r2" }, "S3_ENDPOINT"],
    [{ OCOP_QUERY_CACHE_TTL_S: "30s" }, "OCOP_QUERY_CACHE_TTL_S"],
    [{ OCOP_SEARCH_CACHE_TTL_MS: "-1" }, "OCOP_SEARCH_CACHE_TTL_MS"],
    [{ OCOP_SIGNIN_FAILURES: "0" }, "OCOP_SIGNIN_FAILURES"],
    [{ OCOP_STAMP_SUSPICIOUS_CLIENTS: "many" }, "OCOP_STAMP_SUSPICIOUS_CLIENTS"],
    [{ NODE_ENV: "production", STOREFRONT_URL: "https://shop.example.vn" }, "MEDUSA_BACKEND_URL"],
    [{ NODE_ENV: "production", MEDUSA_BACKEND_URL: "http://localhost:9000" }, "STOREFRONT_URL"],
  ]
  it.each(bad)("names the wrong variable: %j → %s", (env, name) => {
    const found = problems(env)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`^${name} `))
  })

  it("requires both secrets in production on a public URL, saying what to set", () => {
    const found = problems({ NODE_ENV: "production", MEDUSA_BACKEND_URL: "https://api.shop.example.vn", STOREFRONT_URL: "https://shop.example.vn" })
    expect(found).toEqual([
      expect.stringMatching(/^JWT_SECRET is required with NODE_ENV=production: a long random string/),
      expect.stringMatching(/^COOKIE_SECRET is required/),
    ])
  })
})
