import { z } from "zod"
import { issueSentences } from "./zod-issues"

/**
 * The backend's environment, checked once at start (medusa-config.ts): a wrong
 * value stops the backend with a message naming the variable and what to set.
 * Every optional service stays optional (README "Configuration").
 *
 * Production strictness: with NODE_ENV=production, MEDUSA_BACKEND_URL and
 * STOREFRONT_URL must be set (public links: CORS, image URLs, stamp QR codes,
 * e-mails); JWT_SECRET and COOKIE_SECRET must be set as well unless the backend's
 * URL is a loopback one (localhost, 127.0.0.1) — a production build run on one
 * machine for tests and benchmarks, reachable by nobody else.
 */

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)
const text = (hint: string) => z.preprocess(empty, z.string({ error: hint }).optional())

const url = (example: string, protocols = ["http:", "https:"]) =>
  z.preprocess(
    empty,
    z
      .string()
      .refine((v) => {
        try {
          return protocols.includes(new URL(v).protocol)
        } catch {
          return false
        }
      }, `must be a ${protocols.map((p) => p.replace(":", "")).join(" or ")} URL, e.g. ${example}`)
      .optional()
  )

const whole = (what: string, min = 0) =>
  z.preprocess(
    empty,
    z
      .string()
      .refine((v) => /^\d+$/.test(v.trim()) && Number(v) >= min, `must be a whole number${min > 0 ? ` of at least ${min}` : ""} (${what})`)
      .transform(Number)
      .optional()
  )

const port = z.preprocess(
  empty,
  z
    .string()
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536, "must be a port number between 1 and 65535, e.g. 9000")
    .transform(Number)
    .optional()
)

const loopback = (u: string) => {
  try {
    return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(u).hostname)
  } catch {
    return false
  }
}

export const envSchema = z
  .object({
    NODE_ENV: text("NODE_ENV"),
    DATABASE_URL: url("postgres://user:pass@db.example:5432/ocop", ["postgres:", "postgresql:"]),
    PORT: port,
    MEDUSA_BACKEND_URL: url("https://api.shop.example.vn"),
    STOREFRONT_URL: url("https://shop.example.vn"),
    STORE_CORS: text("STORE_CORS"),
    ADMIN_CORS: text("ADMIN_CORS"),
    AUTH_CORS: text("AUTH_CORS"),
    MEDUSA_WORKER_MODE: z.preprocess(empty, z.enum(["shared", "worker", "server"], { error: "must be shared, worker or server" }).optional()),
    MEDUSA_FF_CACHING: text("MEDUSA_FF_CACHING"),
    DISABLE_ADMIN: text("DISABLE_ADMIN"),
    REDIS_URL: url("redis://localhost:6379", ["redis:", "rediss:"]),
    MEILISEARCH_HOST: url("http://localhost:7700"),
    MEILISEARCH_API_KEY: text("MEILISEARCH_API_KEY"),
    STRIPE_API_KEY: z.preprocess(empty, z.string().regex(/^(sk|rk)_/, "must be a Stripe secret key (sk_… or rk_…)").optional()),
    STRIPE_WEBHOOK_SECRET: z.preprocess(empty, z.string().regex(/^whsec_/, "must be a Stripe webhook signing secret (whsec_…)").optional()),
    S3_BUCKET: text("S3_BUCKET"),
    S3_REGION: text("S3_REGION"),
    S3_ENDPOINT: url("https://<account>.r2.cloudflarestorage.com"),
    S3_FILE_URL: url("https://files.shop.example.vn"),
    S3_ACCESS_KEY_ID: text("S3_ACCESS_KEY_ID"),
    S3_SECRET_ACCESS_KEY: text("S3_SECRET_ACCESS_KEY"),
    S3_PREFIX: text("S3_PREFIX"),
    JWT_SECRET: text("JWT_SECRET"),
    COOKIE_SECRET: text("COOKIE_SECRET"),
    VIETQR_BANK: text("VIETQR_BANK"),
    VIETQR_ACCOUNT: text("VIETQR_ACCOUNT"),
    VIETQR_ACCOUNT_NAME: text("VIETQR_ACCOUNT_NAME"),
    OCOP_QUERY_CACHE_TTL_S: whole("seconds"),
    OCOP_SEARCH_CACHE_TTL_MS: whole("milliseconds; 0 turns the cache off"),
    OCOP_SEARCH_PROVIDER: z.preprocess(empty, z.enum(["ocop-search", "search-postgres"], { error: "must be ocop-search or search-postgres" }).optional()),
    OCOP_SEARCH_TEXT_CACHE: whole("entries; 0 turns it off"),
    OCOP_SEARCH_POLL_MS: whole("milliseconds", 100),
    OCOP_STAMP_SUSPICIOUS_CLIENTS: whole("distinct clients", 2),
    OCOP_SIGNIN_FAILURES: whole("failed sign-ins", 1),
    OCOP_SIGNIN_FAILURE_WINDOW_S: whole("seconds", 1),
    OCOP_TRACE_REPORTS_PER_HOUR: whole("reports per hour", 1),
    OCOP_ORDER_LOOKUP_FAILURES: whole("failed order look-ups", 1),
    OCOP_ORDER_LOOKUP_WINDOW_S: whole("seconds", 1),
    OCOP_TRUSTED_PROXIES: text("OCOP_TRUSTED_PROXIES"),
  })
  .superRefine((env, ctx) => {
    const need = (key: keyof typeof env, message: string) => {
      if (env[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message })
    }
    if (env.S3_BUCKET) {
      need("S3_FILE_URL", "is required with S3_BUCKET: the bucket's public base URL, e.g. https://files.shop.example.vn")
    }
    if (env.NODE_ENV !== "production") return
    need("MEDUSA_BACKEND_URL", "is required with NODE_ENV=production: the public API URL, e.g. https://api.shop.example.vn")
    need("STOREFRONT_URL", "is required with NODE_ENV=production: the public shop URL, e.g. https://shop.example.vn")
    if (env.MEDUSA_BACKEND_URL && !loopback(env.MEDUSA_BACKEND_URL)) {
      need("JWT_SECRET", "is required with NODE_ENV=production: a long random string, the same on every instance")
      need("COOKIE_SECRET", "is required with NODE_ENV=production: a long random string, the same on every instance")
    }
  })

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Backend configuration error:\n  ${problems.join("\n  ")}`)
  }
}

/** The environment, checked; throws an EnvError naming every wrong variable. */
export function parseEnv(raw: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(raw)
  if (result.success) return result.data
  throw new EnvError(issueSentences(result.error, { whole: "environment", key: "variable" }))
}
