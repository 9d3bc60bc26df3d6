import { SALES_POINT_TYPE_CODES } from "@ocop/shared"
import { z } from "zod"
import { handleSchema, provinceSchema } from "../common-validators"

export const SalesPointSchema = z.object({
  handle: handleSchema,
  name: z.string().trim().min(3).max(200),
  type: z.enum(SALES_POINT_TYPE_CODES),
  province: provinceSchema,
  ward: z.string().max(200).nullish(),
  address: z.string().min(3).max(300),
  latitude: z.number().min(8).max(24, { error: "must lie within Vietnam (8–24° N)" }),
  longitude: z.number().min(102).max(118, { error: "must lie within Vietnam (102–118° E)" }),
  opening_hours: z.string().max(200).nullish(),
  phone: z.string().max(40).nullish(),
  email: z.email().nullish(),
  description: z.string().max(5000).nullish(),
})

export type SalesPointInput = z.infer<typeof SalesPointSchema>
