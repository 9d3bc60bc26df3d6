import { PRODUCER_TYPE_CODES, PROVINCE_CODES } from "@ocop/shared"
import { z } from "zod"

export const StoreProducersSchema = z
  .object({
    province: z.enum(PROVINCE_CODES, { error: "must be a province code, e.g. ha-noi" }).optional(),
    type: z.enum(PRODUCER_TYPE_CODES, { error: `must be one of ${PRODUCER_TYPE_CODES.join(", ")}` }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict()

export type StoreProducersParams = z.infer<typeof StoreProducersSchema>
