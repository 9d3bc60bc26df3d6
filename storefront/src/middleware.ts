import { defineMiddleware } from "astro:middleware"
import { clientAddress } from "./lib/client-address"
import { busyPage } from "./lib/busy-page"
import { cacheControlFor } from "./lib/cache-control"
import { isPassingFault, ShopBusyError } from "./lib/passing-fault"
import { budgetFor, needsIntent, spend } from "./lib/rate-limit"

// Security headers on every answer (the script and style hashes of the
// Content-Security-Policy come from Astro, security.csp in astro.config.mjs;
// frame-ancestors only works as a header), request budgets (matched on the
// route, whatever the spelling of the URL: lib/route-key.ts) and Cache-Control
// (lib/cache-control.ts: pages with a cart or a session are never stored).
const production = process.env.NODE_ENV === "production"

async function postedIntent(request: Request): Promise<string | undefined> {
  if (!/form/.test(request.headers.get("content-type") ?? "")) return undefined
  const value = (await request.clone().formData().catch(() => null))?.get("intent")
  return typeof value === "string" ? value : undefined
}

export const onRequest = defineMiddleware(async (context, next) => {
  const { method } = context.request
  const intent = needsIntent(method, context.url.pathname) ? await postedIntent(context.request) : undefined
  const budget = budgetFor(method, context.url.pathname, intent)
  if (budget) {
    const client = clientAddress(context.clientAddress, context.request.headers.get("x-forwarded-for"))
    const wait = await spend(budget, client)
    if (wait > 0) {
      return new Response(
        context.url.pathname.startsWith("/en")
          ? `Too many requests. Please wait ${wait} s and try again.`
          : `Bạn thao tác quá nhanh. Vui lòng đợi ${wait} giây rồi thử lại.`,
        { status: 429, headers: { "retry-after": String(wait), "content-type": "text/plain; charset=utf-8" } }
      )
    }
  }
  let response: Response
  try {
    response = await next()
  } catch (e) {
    // the backend restarting or its database away: say so and when to retry, not "500"
    if (!isPassingFault(e) && !(e instanceof ShopBusyError)) throw e
    response = busyPage(context.url)
  }
  const h = response.headers
  // Astro may already send the policy with its script and style hashes: extend it, never replace it
  const policy = [h.get("Content-Security-Policy"), "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"]
  h.set("Content-Security-Policy", policy.filter(Boolean).join("; "))
  h.set("X-Frame-Options", "DENY")
  h.set("X-Content-Type-Options", "nosniff")
  h.set("Referrer-Policy", "strict-origin-when-cross-origin")
  h.set("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=(self \"https://js.stripe.com\")")
  if (production) h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  const cacheControl = cacheControlFor({
    method,
    pathname: context.url.pathname,
    cookie: context.request.headers.get("cookie"),
    status: response.status,
    contentType: h.get("content-type"),
    setsCookie: h.has("set-cookie") || [...context.cookies.headers()].length > 0,
    current: h.get("cache-control"),
  })
  if (cacheControl) h.set("Cache-Control", cacheControl)
  // the same URL is personal with a cart cookie and shared without: caches must tell them apart
  if (/^text\/html/.test(h.get("content-type") ?? "")) h.append("Vary", "Cookie")
  return response
})
