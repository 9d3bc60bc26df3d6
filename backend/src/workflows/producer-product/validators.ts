import { issueCode } from "@ocop/shared"
import { z } from "zod"

const variant = z
  .object({
    id: z.string().regex(/^variant_[A-Za-z0-9]+$/, { error: "must be the id of one of this product's variants" }).optional(),
    title: z.string({ error: "is required (e.g. Hộp 500 g)" }).trim().min(1, { error: "is required (e.g. Hộp 500 g)" }).max(100),
    sku: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{2,64}$/, { error: "must be 2–64 letters, digits, dots, dashes or underscores" })
      .optional(),
    price: z
      .number({ error: "must be a price in whole đồng, e.g. 125000" })
      .int({ error: "must be whole đồng (no decimals)" })
      .min(1000, { error: "must be at least 1.000 ₫" })
      .max(100_000_000, { error: "must be at most 100.000.000 ₫" }),
    stock: z
      .number({ error: "must be a whole number of units" })
      .int({ error: "must be a whole number of units" })
      .min(0, { error: "cannot be negative" })
      .max(1_000_000, { error: "must be at most 1,000,000" }),
  })
  .strict()

const fileId = z.string().regex(/^pfile_[A-Za-z0-9]+$/, { error: "must be the id of a file you uploaded" })

// OCOP fields are checked by the shared metadata schema after the server
// composes them; verification and revocation are never taken from producers.
const body = {
  title: z.string({ error: "is required" }).trim().min(3, { error: "must be at least 3 characters" }).max(200),
  subtitle: z.string().trim().max(200).nullish(),
  description: z.string().max(20_000, { error: "must be at most 20,000 characters" }).nullish(),
  story: z.string().trim().max(5000, { error: "must be at most 5,000 characters" }).nullish(),
  image_ids: z.array(fileId).max(10, { error: "at most 10 photos" }),
  certificate_scan_id: fileId.nullish(),
  variants: z
    .array(variant)
    .min(1, { error: "give at least one size or pack with its price and stock" })
    .max(20, { error: "at most 20 variants" })
    .superRefine((vs, ctx) => {
      // sizes are told apart by their title (it is the size option's value): one per title, whatever the case
      const seen = new Map<string, number>()
      vs.forEach((v, i) => {
        const key = v.title.toLocaleLowerCase("vi")
        const first = seen.get(key)
        if (first === undefined) return void seen.set(key, i)
        ctx.addIssue({ code: "custom", path: [i, "title"], message: `each variant needs its own title (same as variant ${first + 1})`, params: issueCode("duplicate", { same_as: first }) })
      })
    }),
  ocop: z.record(z.string(), z.unknown(), { error: "must be an object with the OCOP fields (ocop_stars, ocop_province, …)" }),
}

export const CreateProducerProductSchema = z.object(body).strict()
export const UpdateProducerProductSchema = z
  .object({
    ...body,
    // a rejected product, corrected: send it back to staff (only while it is rejected)
    resubmit: z.boolean({ error: "must be true or false" }).optional(),
  })
  .partial()
  .strict()

export type CreateProducerProduct = z.infer<typeof CreateProducerProductSchema>
export type UpdateProducerProduct = z.infer<typeof UpdateProducerProductSchema>
