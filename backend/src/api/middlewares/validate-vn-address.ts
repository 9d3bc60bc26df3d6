import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deliveryAddressSchema } from "@ocop/shared"

type Address = Record<string, unknown> & { country_code?: string }

/**
 * A Vietnamese address since the 2025 reform, as the cart stores it:
 * first_name = full name, phone, province = one of the 34 codes, city = ward or
 * commune, address_1 = street. Checked (and the phone normalised) before
 * Medusa saves it, so an order never carries an address a courier cannot use.
 */
export const validateVietnameseAddress = (shape: "cart" | "address") => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  // a cart carries addresses under their names; a customer address is the body itself
  const body = (shape === "cart" ? req.body ?? {} : { address: req.body }) as Record<string, Address | undefined> & { email?: string }
  // Medusa may already have parsed the body into validatedBody: the normalised values must land there too
  const validated = (req as { validatedBody?: Record<string, Address | undefined> }).validatedBody
  const parsed = shape === "cart" ? validated : { address: validated as Address | undefined }
  const problems: string[] = []
  for (const key of shape === "cart" ? ["shipping_address", "billing_address"] : ["address"]) {
    const a = body[key]
    if (!a || typeof a !== "object" || (a.country_code ?? "vn").toString().toLowerCase() !== "vn") continue
    const r = deliveryAddressSchema.safeParse({
      full_name: a.first_name,
      phone: a.phone,
      province: a.province,
      ward: a.city,
      street: a.address_1,
      email: typeof body.email === "string" ? body.email : undefined,
    })
    if (r.success) {
      const normalised = { country_code: "vn", phone: r.data.phone, first_name: r.data.full_name }
      Object.assign(a, normalised)
      if (parsed?.[key]) Object.assign(parsed[key]!, normalised)
      continue
    }
    const names: Record<string, string> = { full_name: "first_name (full name)", ward: "city (ward or commune)", street: "address_1 (street)" }
    for (const i of r.error.issues) {
      const field = String(i.path[0])
      problems.push(`${key}.${names[field] ?? field}: ${i.message.replace(/^\w+ /, "")}`)
    }
  }
  if (problems.length) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid address: ${problems.join("; ")}`))
  next()
}
