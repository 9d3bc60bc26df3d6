import { z } from "zod"

export const ReportQuerySchema = z
  .object({
    format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
    table: z.enum(["counts", "expiring"], { error: "must be counts or expiring" }).default("counts"),
    days: z.coerce.number({ error: "must be a number of days" }).int().min(1, { error: "must be at least 1" }).max(365, { error: "must be at most 365" }).default(90),
  })
  .strict()
