import { z } from "zod"

// A guest finds an order with the number printed on its confirmation and the
// phone number or e-mail address it was placed with.
export const OrderLookupSchema = z
  .object({
    order_number: z.coerce
      .number({ error: "must be the order number, e.g. 1024" })
      .int({ error: "must be the order number, e.g. 1024" })
      .min(1, { error: "must be the order number, e.g. 1024" })
      .max(2_000_000_000, { error: "must be the order number, e.g. 1024" }),
    contact: z
      .string({ error: "is required: the phone number or e-mail address of the order" })
      .trim()
      .min(3, { error: "is required: the phone number or e-mail address of the order" })
      .max(200, { error: "must be at most 200 characters" }),
  })
  .strict()

export type OrderLookupBody = z.infer<typeof OrderLookupSchema>
