import { z } from "zod"
import { LOT_PATTERN } from "@ocop/shared"
import { PageSchema } from "../../../producer/validators"

/** One print run: 10,000 labels is about 154 A4 sheets; larger runs are split into batches. */
export const MAX_BATCH = 10000

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" })

export const BatchFieldsSchema = z.object({
  product_id: z.string().min(1, { error: "is required" }),
  quantity: z.coerce.number().int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(MAX_BATCH, { error: `must be at most ${MAX_BATCH}` }),
  lot: z.string().trim().regex(LOT_PATTERN, { error: "must be 1–20 letters, digits, dashes, dots or slashes (as printed on the package)" }).optional(),
  produced_on: day.optional(),
  best_before: day.optional(),
  note: z.string().trim().max(1000).optional(),
})

const datesInOrder = (b: { produced_on?: string; best_before?: string }) => !b.produced_on || !b.best_before || b.best_before > b.produced_on

export const IssueBatchSchema = BatchFieldsSchema.extend({
  gtin: z.string().trim().regex(/^\d{8}$|^\d{12,14}$/, { error: "must be a GTIN-8, 12, 13 or 14 (digits only)" }).optional(),
})
  .strict()
  .refine(datesInOrder, { path: ["best_before"], error: "must be after produced_on" })

export const RequestBatchSchema = BatchFieldsSchema.strict().refine(datesInOrder, { path: ["best_before"], error: "must be after produced_on" })

export const DecideBatchSchema = z
  .object({
    action: z.enum(["issue", "decline"], { error: "must be issue or decline" }),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.action === "issue" || (b.note && b.note.length >= 5), { path: ["note"], error: "is required when declining: tell the producer why" })

export const BatchListSchema = PageSchema.extend({
  status: z.enum(["requested", "issued", "declined"]).optional(),
  product_id: z.string().optional(),
}).strict()

export const StampListSchema = PageSchema.extend({ limit: z.coerce.number().int().min(1).max(1000).default(100) }).strict()

export const SuspiciousSchema = PageSchema.strict()

export type IssueBatch = z.infer<typeof IssueBatchSchema>
export type RequestBatch = z.infer<typeof RequestBatchSchema>
export type DecideBatch = z.infer<typeof DecideBatchSchema>
