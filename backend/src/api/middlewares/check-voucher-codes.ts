import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { InvalidFieldsError } from "../../lib/invalid-fields"
import { voucherProblems } from "../../lib/promotions/voucher-problems"

/**
 * POST /store/carts/:id/promotions: each code the shopper typed must exist and
 * be usable now (campaign dates, use limit), else a 400 naming the code and the
 * reason (`voucher_unknown`, `voucher_not_started`, `voucher_expired`,
 * `voucher_used_up`) that the cart page says in its own language. Medusa still
 * checks everything again when it applies the code.
 */
export async function checkVoucherCodes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const codes = (req.body as { promo_codes?: unknown } | undefined)?.promo_codes
  if (!Array.isArray(codes) || !codes.length || codes.some((c) => typeof c !== "string")) return next()
  const promotions = req.scope.resolve(Modules.PROMOTION)
  const found = await promotions.listPromotions(
    { code: codes as string[] },
    { select: ["id", "code", "status", "limit", "used"], relations: ["campaign"] }
  )
  const problems = voucherProblems(codes as string[], found, new Date())
  if (problems.length) return next(new InvalidFieldsError(problems))
  next()
}
