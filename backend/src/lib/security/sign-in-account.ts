// Whose password a sign-in guesses at, in one spelling. The emailpass provider
// checks the password of the e-mail's identity whatever actor type the URL names
// (/auth/customer/…, /auth/producer/…, /auth/Anything/…: every actor type may use
// every provider here), and Express routes /AUTH/producer/EMAILP%61SS/ to the same
// handler as /auth/producer/emailpass. So the lock is keyed on the provider, as
// the handler reads it, and the e-mail — never on the URL or the actor type.

/** The provider as the route's handler receives it: decoded, in lower case. */
export function providerOf(param: unknown): string {
  if (typeof param !== "string") return ""
  let provider = param
  try {
    provider = decodeURIComponent(param)
  } catch {
    // Express already decoded it; a stray "%" stays as it is
  }
  return provider.trim().toLowerCase()
}

/** The account a sign-in tries, or null when it names none (then it is not counted). */
export function signInAccount(providerParam: unknown, email: unknown): string | null {
  if (typeof email !== "string" || !email.trim()) return null
  const provider = providerOf(providerParam)
  if (!provider) return null
  return `${provider}:${email.normalize("NFC").trim().toLowerCase()}`
}
