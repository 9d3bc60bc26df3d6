import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// PostgreSQL cannot hold a NUL character in text or jsonb: without this check
// a "\u0000" anywhere in an id, a search or a field reaches the database and
// fails there as a server error instead of a refusal.
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > 20 || value === null || typeof value !== "object") return false
  if (Buffer.isBuffer(value)) return false
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || holdsNul(v, depth + 1))
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

export function rejectUnstorableText(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (decoded(req.originalUrl).includes("\u0000") || holdsNul(req.query) || holdsNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Text must not contain NUL characters (\\u0000)"))
  }
  next()
}
