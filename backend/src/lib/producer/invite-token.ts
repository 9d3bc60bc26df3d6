import { createHash, randomBytes } from "node:crypto"

export const INVITE_VALID_DAYS = 14

export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export function inviteUrl(token: string): string {
  const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
  return `${storefront}/kenh-nguoi-ban/loi-moi?token=${encodeURIComponent(token)}`
}
