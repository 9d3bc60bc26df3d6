import { z } from "zod"

export const FAIR_STATUSES = ["upcoming", "current", "past"] as const

export const StoreFairsSchema = z
  .object({
    status: z.enum(FAIR_STATUSES, { error: `must be one of ${FAIR_STATUSES.join(", ")}` }).optional(),
  })
  .strict()

export type StoreFairsParams = z.infer<typeof StoreFairsSchema>
