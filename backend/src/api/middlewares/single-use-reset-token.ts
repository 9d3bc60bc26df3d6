import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { jwtClaims, RESET_VALID_MINUTES, usedTokenKey } from "../../lib/producer/password-reset"

/**
 * POST /auth/:actor_type/emailpass/update — a reset token changes a password
 * once. Medusa deletes the token's row when it is used, but reads it first and
 * deletes it after, so two requests arriving together could both pass. Here
 * each token (its `jti`) is claimed in Medusa's locking module, shared by
 * every instance through Redis when there is one, for as long as the token
 * lives: the second claim is refused with 401, as Medusa refuses a used token.
 */
export async function singleUseResetToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const claims = jwtClaims(req.headers.authorization)
  const jti = claims?.jti
  // not a reset token: Medusa's own check refuses it
  if (typeof jti !== "string" || !jti) return next()
  const exp = typeof claims?.exp === "number" ? claims.exp : Date.now() / 1000 + RESET_VALID_MINUTES * 60
  const expire = Math.max(60, Math.ceil(exp - Date.now() / 1000) + 60)
  try {
    await req.scope.resolve(Modules.LOCKING).acquire(usedTokenKey(jti), { ownerId: randomUUID(), expire })
  } catch {
    return res.status(401).json({ type: "unauthorized", message: "Invalid token: this reset link was already used" })
  }
  next()
}
