import { createHash } from "node:crypto"

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow). */
export const RESET_VALID_MINUTES = 15

export const PASSWORD_RESET_TEMPLATE = "ocop-producer-password-reset"

/** The portal page where a member chooses a new password with the e-mailed token. */
export function passwordResetUrl(token: string, email: string): string {
  const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
  return `${storefront}/kenh-nguoi-ban/dat-lai-mat-khau?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
}

/** The claims of a JWT, unverified (Medusa's validateToken verifies it); null when it is not one. */
export function jwtClaims(authorization: string | undefined): Record<string, unknown> | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1]
  const payload = token?.split(".")[1]
  if (!payload) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return claims && typeof claims === "object" ? claims : null
  } catch {
    return null
  }
}

export const usedTokenKey = (jti: string) => `ocop:password-reset-used:${createHash("sha256").update(jti).digest("hex")}`
