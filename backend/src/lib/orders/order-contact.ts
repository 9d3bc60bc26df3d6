import { normalizePhone } from "@ocop/shared"

/**
 * Whether what a guest typed is the order's e-mail (case-insensitive) or the
 * delivery phone (any common spelling: "0912 345 678", "+84 912345678").
 */
export function contactMatches(typed: string, order: { email?: string | null; phone?: string | null }): boolean {
  const text = typed.trim()
  if (text.includes("@")) return !!order.email && order.email.trim().toLowerCase() === text.toLowerCase()
  const phone = normalizePhone(text)
  const stored = order.phone ? normalizePhone(order.phone) : null
  return !!phone && phone === stored
}
