import { SIGN_IN_FAILURES } from "../../lib/security/budgets"
import { signInAccount } from "../../lib/security/sign-in-account"
import { budgetGuard } from "./budget-guard"

/**
 * Password guessing against one account: after SIGN_IN_FAILURES failed
 * sign-ins within its window, that account's sign-in answers 429 (even with
 * the right password) until the oldest failure leaves the window. Counted per
 * provider and e-mail, not per address (the storefront calls on its visitors'
 * behalf from one address, and a guesser can change addresses at will) nor per
 * actor type or URL spelling (a guesser can change those too: sign-in-account.ts).
 * Wired on /auth/:actor_type/:auth_provider, the very matcher of Medusa's route.
 */
export const signInBudget = budgetGuard({
  budget: SIGN_IN_FAILURES,
  keys: (req) => {
    const account = signInAccount(req.params?.auth_provider, (req.body as { email?: unknown } | undefined)?.email)
    return account ? [account] : []
  },
  spends: (status) => status === 401,
  code: "too_many_sign_ins",
  message: (minutes) => `Too many failed sign-ins for this account. Try again in ${minutes} min, or reset the password.`,
})
