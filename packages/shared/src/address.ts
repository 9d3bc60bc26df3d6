// Vietnamese delivery addresses since the 2025 reform: province (one of 34),
// ward or commune, street — no district level any more.
import { z } from "zod"
import { PROVINCE_CODES } from "./provinces"

/** "0912 345 678", "+84 912345678", "84-912-345-678" → "0912345678"; null when not a Vietnamese mobile/landline. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, "")
  const local = digits.replace(/^(\+?84)/, "0")
  return /^0[1-9]\d{8}$/.test(local) ? local : null
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
        ctx.addIssue({ code: "custom", message: "phone must be a Vietnamese phone number of 10 digits, e.g. 0912 345 678" })
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
