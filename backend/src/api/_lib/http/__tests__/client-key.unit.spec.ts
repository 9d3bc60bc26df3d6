import { clientAddress, clientKey } from "../client-key"

describe("who looked a stamp up", () => {
  it("believes the forwarded address only from our own storefront or proxy, taking the nearest hop a client did not write", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.9")).toBe("203.0.113.9")
    expect(clientAddress("::ffff:10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.7")).toBe("203.0.113.9")
    // a client on the internet cannot pose as thousands of others
    expect(clientAddress("198.51.100.20", "203.0.113.9")).toBe("198.51.100.20")
    expect(clientAddress("127.0.0.1", "not-an-address")).toBe("127.0.0.1")
  })

  it("keeps no address, only a salted hash that tells clients apart", () => {
    const a = clientKey("127.0.0.1", "203.0.113.9")
    expect(a).not.toContain("203")
    expect(a).toBe(clientKey("127.0.0.1", "203.0.113.9"))
    expect(a).not.toBe(clientKey("127.0.0.1", "203.0.113.10"))
  })
})
