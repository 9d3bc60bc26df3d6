// Production shape, continued: request budgets are kept in Redis, so they hold
// across instances. A guesser who spreads wrong passwords over two storefront
// instances is refused once the one budget is spent (not after twice as many),
// and the backend's lock on the guessed account outlives a backend restart.

async function storefrontSignIn(base, email, password) {
  const res = await fetch(`${base}/tai-khoan`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ intent: "signin", email, password }),
    redirect: "manual",
  })
  return { status: res.status, retryAfter: Number(res.headers.get("retry-after")) }
}

const backendSignIn = (base, email, password) =>
  fetch(`${base}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then(async (r) => ({ status: r.status, message: (await r.json().catch(() => ({}))).message ?? "" }))

/**
 * storefronts: two storefront bases started with the same REDIS_URL and a
 * sign-in budget of `perMinute`; backendFailures: the backend's limit of
 * failed sign-ins per account; restartBackend: stops and starts the backend.
 * Returns the problems found (none: passed).
 */
export async function checkSharedBudgets({ storefronts, perMinute, backendBase, backendFailures, restartBackend }) {
  const problems = []
  const email = `doan-${Date.now().toString(36)}@ocop.test`
  const answers = []
  for (let i = 0; i <= perMinute; i++) answers.push(await storefrontSignIn(storefronts[i % 2], email, `sai-${i}`))
  const statuses = answers.map((a) => a.status)
  if (statuses.slice(0, perMinute).some((s) => s !== 401))
    problems.push(`the first ${perMinute} wrong sign-ins should each get 401, got ${statuses.join(", ")}`)
  if (statuses[perMinute] !== 429 || !(answers[perMinute].retryAfter > 0))
    problems.push(`sign-in ${perMinute + 1}, spread over two storefronts, should get 429 with Retry-After (one shared budget), got ${statuses[perMinute]}`)

  // the storefronts passed perMinute failures on; the rest go to the backend directly
  for (let i = perMinute; i < backendFailures; i++) {
    const r = await backendSignIn(backendBase, email, `sai-${i}`)
    if (r.status !== 401) problems.push(`wrong password ${i + 1} at the backend should get 401, got ${r.status}`)
  }
  const locked = await backendSignIn(backendBase, email, "any")
  if (locked.status !== 429) problems.push(`after ${backendFailures} failures the account should be locked (429), got ${locked.status}`)
  await restartBackend()
  const afterRestart = await backendSignIn(backendBase, email, "any")
  if (afterRestart.status !== 429 || !/Too many failed sign-ins/.test(afterRestart.message))
    problems.push(`the lock should outlive a backend restart (kept in Redis), got ${afterRestart.status} ${afterRestart.message}`)
  return problems
}
