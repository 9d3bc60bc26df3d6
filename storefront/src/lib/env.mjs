// Run-time configuration of the storefront: read from the environment when the
// server runs, never inlined at build, so one build serves any domain.
//
// Why not Astro's `astro:env` schema: its `public` server variables are inlined
// into the bundle at build (the very bug of a build-time STOREFRONT_URL), and its
// `secret` ones are validated only when a page first imports `astro:env/server`,
// i.e. on the first request, not before the server listens. This module is checked
// by the built server before it listens (astro.config.mjs's build hook prepends
// `assertEnv()` to entry.mjs), and plain JS so vitest and the system test
// (tests/system/runtime-urls.mjs) run the same checks without Astro's virtual modules.

/** @typedef {Record<string, string | undefined>} Env */

export class ConfigError extends Error {}

/** @param {Env} env @param {string} name @returns {string | undefined} */
function url(env, name) {
  const value = env[name]?.trim()
  if (!value) return undefined
  try {
    const u = new URL(value)
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error()
    return u.origin
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, e.g. https://shop.example.vn (got "${value}")`)
  }
}

/**
 * The shop's public origin (canonical and hreflang links, the sitemap, QR codes,
 * the Stripe return URL): STOREFRONT_URL; in development http://localhost:<PORT>.
 * With NODE_ENV=production it must be set.
 */
/** @param {Env} [env] @returns {string} */
export function publicOrigin(env = process.env) {
  const set = url(env, "STOREFRONT_URL")
  if (set) return set
  if (env.NODE_ENV === "production") {
    throw new ConfigError("STOREFRONT_URL is required with NODE_ENV=production: set it to the shop's public URL, e.g. STOREFRONT_URL=https://shop.example.vn")
  }
  return `http://localhost:${env.PORT || 4321}`
}

/** An absolute URL of a path of the shop. */
/** @param {string} path @param {Env} [env] @returns {string} */
export function absoluteUrl(path, env = process.env) {
  return new URL(path, publicOrigin(env)).toString()
}

/** Checks every storefront variable; returns the problems, each naming its variable. */
/** @param {Env} [env] @returns {string[]} */
export function checkEnv(env = process.env) {
  /** @type {string[]} */
  const problems = []
  /** @param {() => unknown} f */
  const attempt = (f) => {
    try {
      f()
    } catch (e) {
      problems.push(/** @type {Error} */ (e).message)
    }
  }
  if (!env.MEDUSA_BACKEND_URL?.trim()) problems.push("MEDUSA_BACKEND_URL is required: the backend's URL, e.g. MEDUSA_BACKEND_URL=http://localhost:9000")
  else attempt(() => url(env, "MEDUSA_BACKEND_URL"))
  if (!env.MEDUSA_PUBLISHABLE_KEY?.trim()) problems.push("MEDUSA_PUBLISHABLE_KEY is required: the backend's publishable API key (pk_…)")
  attempt(() => publicOrigin(env))
  if (env.REDIS_URL?.trim() && !/^rediss?:\/\//.test(env.REDIS_URL.trim())) problems.push(`REDIS_URL must be a redis:// or rediss:// URL (got "${env.REDIS_URL}")`)
  for (const name of ["OCOP_RATE_SIGNIN", "OCOP_RATE_CHECKOUT", "OCOP_RATE_SEARCH", "OCOP_RATE_TRACE", "OCOP_RATE_REPORT"]) {
    const value = env[name]?.trim()
    if (value && !(Number.isInteger(Number(value)) && Number(value) > 0)) problems.push(`${name} must be a positive whole number of requests per minute (got "${value}")`)
  }
  if (env.STRIPE_PUBLISHABLE_KEY?.trim() && !env.STRIPE_PUBLISHABLE_KEY.trim().startsWith("pk_")) problems.push("STRIPE_PUBLISHABLE_KEY must be Stripe's publishable key (pk_…)")
  return problems
}

/** Stops the server at start, naming each missing or wrong variable. */
/** @param {Env} [env] */
export function assertEnv(env = process.env) {
  const problems = checkEnv(env)
  if (problems.length) {
    console.error(`[storefront] configuration error:\n  ${problems.join("\n  ")}`)
    process.exit(78)
  }
}
