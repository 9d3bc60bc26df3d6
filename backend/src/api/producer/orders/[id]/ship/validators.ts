import { z } from "zod"

export const ShipItemsSchema = z
  .object({
    tracking_number: z.string().trim().max(100, { error: "must be at most 100 characters" }).optional(),
    carrier: z.string().trim().max(100, { error: "must be at most 100 characters" }).optional(),
  })
  .strict()

export type ShipItems = z.infer<typeof ShipItemsSchema>
