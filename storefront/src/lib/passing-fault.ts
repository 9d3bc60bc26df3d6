/**
 * A passing fault of the shop's backend: it answered 503 (the database is
 * restarting, see the backend's api/middlewares/unavailable.ts) or 502/504, or
 * it could not be reached at all (restarting). The same request may succeed in
 * a moment, and for placing an order a repeat is safe: the backend gives a
 * cart exactly one order however often it is asked.
 */
export function isPassingFault(e: unknown): boolean {
  const status = (e as { status?: number } | null)?.status
  if (status === 502 || status === 503 || status === 504) return true
  // undici's "fetch failed" (connection refused or dropped) carries no status
  return e instanceof TypeError && !status
}

export class ShopBusyError extends Error {
  constructor(cause: unknown) {
    super("busy")
    this.name = "ShopBusyError"
    this.cause = cause
  }
}

/**
 * Runs `attempt`; after a passing fault waits `waitMs` and tries once more.
 * A second passing fault becomes ShopBusyError (the page keeps the cart and
 * asks the shopper to try again); any other error is passed on untouched.
 */
export async function retryOnceIfPassing<T>(attempt: () => Promise<T>, { waitMs = 1500 } = {}): Promise<T> {
  try {
    return await attempt()
  } catch (e) {
    if (!isPassingFault(e)) throw e
  }
  await new Promise((r) => setTimeout(r, waitMs))
  try {
    return await attempt()
  } catch (e) {
    throw isPassingFault(e) ? new ShopBusyError(e) : e
  }
}
