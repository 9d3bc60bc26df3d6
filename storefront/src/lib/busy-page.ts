import { t, type Locale } from "./i18n"

const RETRY_SECONDS = 5

/**
 * The answer while the backend has a passing fault (restarting, database
 * away): 503 with Retry-After and a page that says so in its language, with a
 * link back to the same address. Plain HTML, no script or inline style (the
 * Content-Security-Policy allows neither without a hash).
 */
export function busyPage(url: URL): Response {
  const locale: Locale = url.pathname === "/en" || url.pathname.startsWith("/en/") ? "en" : "vi"
  const again = url.pathname + url.search
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${t(locale, "busyTitle")} · OCOP Market</title></head>
<body><main><h1>${t(locale, "busyTitle")}</h1><p>${t(locale, "busyRetry")}</p>
<p><a href="${escapeAttribute(again)}">${t(locale, "tryAgain")}</a></p></main></body>
</html>`
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(RETRY_SECONDS), "cache-control": "no-store" },
  })
}

function escapeAttribute(value: string) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}
