import { z } from "zod"
import { handleSchema, provinceSchema } from "../common-validators"

export const FairSchema = z
  .object({
    handle: handleSchema,
    name: z.string().trim().min(3).max(200),
    starts_at: z.coerce.date({ error: "must be a date and time" }),
    ends_at: z.coerce.date({ error: "must be a date and time" }),
    venue: z.string().min(3).max(300),
    address: z.string().max(300).nullish(),
    province: provinceSchema,
    latitude: z.number().min(8).max(24).nullish(),
    longitude: z.number().min(102).max(118).nullish(),
    organiser: z.string().min(3).max(300),
    booth_count: z.number().int().min(0).max(10000).nullish(),
    description: z.string().max(5000).nullish(),
    published: z.boolean().optional(),
  })
  .refine((f) => f.ends_at >= f.starts_at, { path: ["ends_at"], error: "must not be before starts_at" })

export type FairInput = z.infer<typeof FairSchema>
