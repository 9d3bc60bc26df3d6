import { describe, expect, it } from "vitest"
import { absoluteUrl, checkEnv, publicOrigin } from "./env.mjs"

const good = { MEDUSA_BACKEND_URL: "http://localhost:9000", MEDUSA_PUBLISHABLE_KEY: "pk_1" }

describe("run-time configuration", () => {
  it("takes the public origin from STOREFRONT_URL at run time", () => {
    expect(publicOrigin({ STOREFRONT_URL: "https://shop.example.vn/" })).toBe("https://shop.example.vn")
    expect(absoluteUrl("/en/san-pham/mat-ong", { STOREFRONT_URL: "https://shop.example.vn" })).toBe("https://shop.example.vn/en/san-pham/mat-ong")
  })
  it("defaults to http://localhost:<PORT> in development", () => {
    expect(publicOrigin({ PORT: "4400" })).toBe("http://localhost:4400")
    expect(publicOrigin({})).toBe("http://localhost:4321")
  })
  it("requires STOREFRONT_URL in production", () => {
    expect(() => publicOrigin({ NODE_ENV: "production" })).toThrow(/STOREFRONT_URL/)
    expect(checkEnv({ ...good, NODE_ENV: "production" }).join()).toMatch(/STOREFRONT_URL is required/)
    expect(checkEnv({ ...good, NODE_ENV: "production", STOREFRONT_URL: "https://shop.example.vn" })).toEqual([])
  })
  it("accepts a good environment", () => {
    expect(checkEnv(good)).toEqual([])
    expect(checkEnv({ ...good, REDIS_URL: "redis://r:6379", OCOP_RATE_SIGNIN: "20", STRIPE_PUBLISHABLE_KEY: "pk_test_1" })).toEqual([])
  })
  it("names each missing or wrong variable", () => {
    const cases: [Record<string, string>, string][] = [
      [{ MEDUSA_PUBLISHABLE_KEY: "pk_1" }, "MEDUSA_BACKEND_URL"],
      [{ ...good, MEDUSA_BACKEND_URL: "localhost:9000" }, "MEDUSA_BACKEND_URL"],
      [{ MEDUSA_BACKEND_URL: "http://localhost:9000" }, "MEDUSA_PUBLISHABLE_KEY"],
      [{ ...good, STOREFRONT_URL: "shop.example.vn" }, "STOREFRONT_URL"],
      [{ ...good, REDIS_URL: "localhost:6379" }, "REDIS_URL"],
      [{ ...good, OCOP_RATE_SEARCH: "many" }, "OCOP_RATE_SEARCH"],
      [{ ...good, OCOP_RATE_TRACE: "0" }, "OCOP_RATE_TRACE"],
      [{ ...good, STRIPE_PUBLISHABLE_KEY: "sk_live_1" }, "STRIPE_PUBLISHABLE_KEY"],
    ]
    for (const [env, name] of cases) {
      const problems = checkEnv(env)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toContain(name)
    }
  })
})

describe("Stripe's return URL", () => {
  it("is built from STOREFRONT_URL at run time, in both languages", async () => {
    const { stripeReturnUrl } = await import("../features/cart-checkout/checkout")
    const env = { STOREFRONT_URL: "https://shop.example.vn" }
    expect(stripeReturnUrl("vi", env)).toBe("https://shop.example.vn/thanh-toan/the-xong")
    expect(stripeReturnUrl("en", env)).toBe("https://shop.example.vn/en/thanh-toan/the-xong")
  })
})
