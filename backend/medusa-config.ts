import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

import { EnvError, parseEnv } from "./src/lib/env"
import { markStaticFilesImmutable } from "./src/api/_lib/http/static-cache-headers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Every optional service is switched on by its environment variable; without
// them the app runs on Postgres alone (see README "Configuration"). The whole
// environment is checked first (src/lib/env.ts): a wrong or missing variable
// stops the backend with a message naming it.
try {
  parseEnv(process.env)
} catch (e) {
  if (!(e instanceof EnvError)) throw e
  console.error(e.message)
  process.exit(78)
}
// pictures under /static never change under their name: cached for a year (src/api/_lib/http/static-cache-headers.ts)
markStaticFilesImmutable()
const env = process.env
const redisUrl = env.REDIS_URL
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:4321"
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`

const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

// Medusa's caching module (query.graph results, e.g. the publishable-key lookup
// every store request makes), invalidated by tags on every write: shared in
// Redis when there is one, in-process otherwise. An empty result carries no
// tags, so nothing invalidates it (a product lookup that found nothing would
// keep answering "not found" after the product is published): entries live
// OCOP_QUERY_CACHE_TTL_S seconds (default 30) instead of Medusa's hour.
const cacheTtl = Number(env.OCOP_QUERY_CACHE_TTL_S || 30)
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/caching",
  options: redisUrl
    ? { ttl: cacheTtl, providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl, ttl: cacheTtl } }] }
    : { ttl: cacheTtl, in_memory: { enable: true, ttl: cacheTtl } },
}

// Cash on delivery and VietQR transfer always (pp_cod_ocop, pp_vietqr_ocop); cards when Stripe is configured.
const paymentProviders = [
  { resolve: "./src/modules/ocop-payments", id: "ocop" },
  ...(env.STRIPE_API_KEY
    ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
      },
    ]
    : []),
]

// Uploads (product photos, certificate scans): any S3-compatible store when
// S3_BUCKET is set (AWS, Cloudflare R2, MinIO…), so every backend instance
// serves the same files; the backend's own disk otherwise.
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION || "auto",
        endpoint: env.S3_ENDPOINT,
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        // keys are already ocop/<producer>/<name>-<id>.<ext>
        prefix: env.S3_PREFIX || "",
        additional_client_config: env.S3_ENDPOINT ? { forcePathStyle: true } : undefined,
      },
    }
  : { resolve: "@medusajs/medusa/file-local", id: "local", options: { upload_dir: "static", backend_url: `${backendUrl}/static` } }

// Search: Meilisearch when a server is configured; otherwise Medusa's
// PostgreSQL provider, or — with OCOP_SEARCH_PROVIDER=ocop-search — the shop's
// own (src/modules/ocop-search: typed Postgres table + in-memory replica per
// process, issue #17). The shop's own is not the default yet: three checks of
// integration-tests/http/product-search.spec.ts (drift after random mutations,
// lapsed stars, the tea/coffee migration) still fail on it. Every provider
// stays registered, so an index built by one keeps answering while
// `db:migrate` plans, and the worker seeds, its version on another.
const searchDefault = env.MEILISEARCH_HOST ? "meilisearch" : env.OCOP_SEARCH_PROVIDER === "ocop-search" ? "ocop-search" : "search-postgres"
const searchProviders = [
  { resolve: "./src/modules/ocop-search", id: "ocop-search", options: {} },
  { resolve: "@medusajs/medusa/search-postgres", id: "search-postgres", options: {} },
  ...(env.MEILISEARCH_HOST
    ? [
        {
          resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
          id: "meilisearch",
          options: { config: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY } },
        },
      ]
    : []),
]

module.exports = defineConfig({
  featureFlags: { caching: env.MEDUSA_FF_CACHING !== "false" },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: env.JWT_SECRET || "ocop-dev-jwt-secret",
      cookieSecret: env.COOKIE_SECRET || "ocop-dev-cookie-secret",
    },
  },
  admin: {
    disable: env.DISABLE_ADMIN === "true",
    backendUrl,
    // @ocop/shared is a CommonJS workspace package (linked, so outside
    // node_modules): the admin bundler must convert it like a dependency
    vite: () => ({
      optimizeDeps: { include: ["@ocop/shared"] },
      build: { commonjsOptions: { include: [/node_modules/, /packages[\\/]shared/] } },
    }),
  },
  modules: [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/sales-point" },
    { resolve: "./src/modules/fair" },
    { resolve: "./src/modules/ocop-registry" },
    // repairs of checkouts a fault cut short (workflows/checkout)
    { resolve: "./src/modules/order-recovery" },
    { key: Modules.FILE, resolve: "@medusajs/medusa/file", options: { providers: [fileProvider] } },
    { key: Modules.SEARCH, resolve: "@medusajs/medusa/search", options: { providers: searchProviders, default_provider: searchDefault } },
    { key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
    {
      // order e-mails; the local provider writes them to the log (swap in SendGrid etc. in production)
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }] },
    },
    {
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // home delivery priced by zone, pickup at a sales point: ocop-delivery_ocop
          { resolve: "./src/modules/ocop-delivery", id: "ocop" },
        ],
      },
    },
    ...redisModules,
    cachingModule,
  ],
})
