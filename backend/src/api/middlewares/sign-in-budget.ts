import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { budgetCounter, SIGN_IN_FAILURES } from "../../lib/security/budgets"
import { signInAccount } from "../../lib/security/sign-in-account"

/**
 * Password guessing against one account: after SIGN_IN_FAILURES failed
 * sign-ins within its window, that account's sign-in answers 429 (even with
 * the right password) until the oldest failure leaves the window. Counted per
 * provider and e-mail, not per address (the storefront calls on its visitors'
 * behalf from one address, and a guesser can change addresses at will) nor per
 * actor type or URL spelling (a guesser can change those too: sign-in-account.ts).
 * Wired on /auth/:actor_type/:auth_provider, the very matcher of Medusa's route.
 */
export async function signInBudget(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const account = signInAccount(req.params?.auth_provider, (req.body as { email?: unknown } | undefined)?.email)
  if (!account) return next()
  const counter = budgetCounter()
  const wait = await counter.waitFor(SIGN_IN_FAILURES, account)
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait))
    return res.status(429).json({
      type: "not_allowed",
      message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(wait / 60)} min, or reset the password.`,
    })
  }
  res.on("finish", () => {
    if (res.statusCode === 401) void counter.record(SIGN_IN_FAILURES, account)
  })
  next()
}
