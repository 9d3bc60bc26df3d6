import { describe, expect, it } from "vitest"
import { isPassingFault, retryOnceIfPassing, ShopBusyError } from "./passing-fault"

const status = (s: number) => Object.assign(new Error(`status ${s}`), { status: s })

describe("placing an order when the backend has a passing fault", () => {
  it("tries again once after a 503 or a dropped connection, and returns the order", async () => {
    for (const fault of [status(503), new TypeError("fetch failed")]) {
      let calls = 0
      const order = await retryOnceIfPassing(async () => (++calls === 1 ? Promise.reject(fault) : "order_1"), { waitMs: 1 })
      expect([order, calls]).toEqual(["order_1", 2])
    }
  })

  it("does not repeat a refusal (out of stock, bad address): the shopper must see it", async () => {
    let calls = 0
    const refusal = status(400)
    await expect(retryOnceIfPassing(async () => (calls++, Promise.reject(refusal)), { waitMs: 1 })).rejects.toBe(refusal)
    expect(calls).toBe(1)
  })

  it("says the shop is busy after two passing faults, without a third try", async () => {
    let calls = 0
    await expect(retryOnceIfPassing(async () => (calls++, Promise.reject(status(503))), { waitMs: 1 })).rejects.toBeInstanceOf(ShopBusyError)
    expect(calls).toBe(2)
  })

  it("tells passing faults from answers about the request", () => {
    expect([502, 503, 504].map((s) => isPassingFault(status(s)))).toEqual([true, true, true])
    expect([400, 404, 409, 500].map((s) => isPassingFault(status(s)))).toEqual([false, false, false, false])
    expect(isPassingFault(new TypeError("fetch failed"))).toBe(true)
  })
})
