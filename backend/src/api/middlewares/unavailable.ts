import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isTransientError } from "../../lib/checkout/transient"

export const RETRY_AFTER_SECONDS = 3

/** What an error handler may be given: anything thrown, read through the fields Medusa's errors carry. */
export type ThrownError = (Error & { type?: string; cause?: { message?: string } }) | null | undefined

// Errors that say something about the request itself keep their own answer.
const REQUEST_ERRORS = new Set<string>([
  MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_FOUND, MedusaError.Types.NOT_ALLOWED, MedusaError.Types.DUPLICATE_ERROR,
  MedusaError.Types.UNAUTHORIZED, MedusaError.Types.FORBIDDEN, MedusaError.Types.CONFLICT, MedusaError.Types.INVALID_ARGUMENT,
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
])

const MESSAGE = {
  vi: "Hệ thống đang bận, vui lòng thử lại sau giây lát. Giỏ hàng của bạn vẫn được giữ nguyên.",
  en: "The shop is busy for a moment; please try again shortly. Your cart has been kept.",
}

/**
 * Answers 503 with Retry-After when the error is a passing fault (the
 * database restarting, Redis away, a connection pool drained) — a request
 * that may succeed in seconds — instead of "500 An unknown error occurred".
 * Returns false for every other error.
 */
export function answerUnavailable(err: ThrownError, req: MedusaRequest, res: MedusaResponse): boolean {
  const own = err?.name === "CheckoutUnavailableError"
  if (!own && (REQUEST_ERRORS.has(err?.type ?? "") || !isTransientError(err))) return false
  const lang = /^en\b/i.test(String(req.headers?.["accept-language"] ?? "")) ? "en" : "vi"
  req.scope?.resolve?.("logger")?.warn?.(`503 on ${req.method} ${req.path}: ${String(err?.cause?.message ?? err?.message ?? err)}`)
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json({ type: "unavailable", code: "temporarily_unavailable", message: MESSAGE[lang] })
  return true
}
