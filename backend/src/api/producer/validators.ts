import { z } from "zod"

const int = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback)

export const PageSchema = z.object({ limit: int(1, 100, 20), offset: int(0, 100_000, 0) }).strict()

export const FilesQuerySchema = PageSchema.extend({
  kind: z.enum(["image", "certificate"], { error: "must be image or certificate" }).optional(),
}).strict()

export const SalesQuerySchema = z.object({ days: int(1, 366, 30) }).strict()
