// Vietnamese delivery addresses since the 2025 reform: province (one of 34),
// ward or commune, street — no district level any more.
import { z } from "zod"
import { PROVINCE_CODES } from "./provinces"

/**
 * "0912 345 678", "+84 912345678", "84-912-345-678" → "0912345678"; null when it is
 * neither a mobile number (10 digits, 03/05/07/08/09…) nor a landline (11 digits, 02…).
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, "")
  const local = digits.replace(/^(\+?84)/, "0")
  return /^0[35789]\d{8}$/.test(local) || /^02\d{9}$/.test(local) ? local : null
}

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(max, { error: `${field} must be at most ${max} characters` })

export const deliveryAddressSchema = z.object({
  full_name: text("full_name", 100),
  phone: z
    .string({ error: "phone is required" })
    .transform((v, ctx) => {
      const phone = normalizePhone(v)
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phone must be a Vietnamese phone number: 10 digits for a mobile (0912 345 678) or 11 for a landline (024 3826 4411)" })
        return z.NEVER
      }
      return phone
    }),
  email: z.union([z.literal(""), z.email({ error: "email must be a valid address, e.g. ten@example.vn" })]).optional(),
  province: z.enum(PROVINCE_CODES, { error: "province must be one of the 34 provinces (code, e.g. ha-noi)" }),
  ward: text("ward", 100),
  street: text("street", 200),
})

export type DeliveryAddress = z.infer<typeof deliveryAddressSchema>
