import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Cart metadata keys starting with `ocop_` are the shop's own (the checkout
 * guard, lib/checkout/guard.ts): Medusa copies cart metadata onto the order,
 * so a shopper who could write another cart's id there could claim that
 * cart's checkout. Refused with a 400 naming the key.
 */
export function rejectReservedCartKeys(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  const reserved = metadata && typeof metadata === "object" ? Object.keys(metadata).find((k) => k.toLowerCase().startsWith("ocop_")) : undefined
  if (reserved) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${reserved}: keys starting with "ocop_" are reserved for the shop`))
  next()
}
