import { z } from "zod"

export const TraceReportSchema = z
  .object({
    serial: z.string().trim().min(1, { error: "is required" }).max(60, { error: "must be at most 60 characters" }),
    message: z.string().trim().max(1000, { error: "must be at most 1000 characters" }).optional(),
    contact: z.string().trim().max(200, { error: "must be at most 200 characters" }).optional(),
  })
  .strict()

export type TraceReportBody = z.infer<typeof TraceReportSchema>
