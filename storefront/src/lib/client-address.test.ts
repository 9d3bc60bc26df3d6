import { describe, expect, it } from "vitest"
import { clientAddress } from "./client-address"

const proxies = new Set(["10.0.0.5", "10.0.0.6"])

describe("client address for request budgets", () => {
  it("is the socket address when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", new Set())).toBe("203.0.113.7")
  })

  it("believes X-Forwarded-For only from a trusted proxy, taking the nearest untrusted hop", () => {
    expect(clientAddress("::ffff:10.0.0.5", "198.51.100.9", proxies)).toBe("198.51.100.9")
    // a client cannot pick its own address by sending the header itself
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.9", proxies)).toBe("198.51.100.9")
    expect(clientAddress("10.0.0.5", "198.51.100.9, 10.0.0.6", proxies)).toBe("198.51.100.9")
    expect(clientAddress("203.0.113.7", "6.6.6.6", proxies)).toBe("203.0.113.7")
  })
})
