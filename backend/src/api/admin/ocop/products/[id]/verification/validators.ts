import { z } from "zod"

export const ModerateSchema = z
  .object({
    action: z.enum(["verify", "reject", "revoke"], { error: "must be verify, reject or revoke" }),
    note: z.string().trim().max(1000, { error: "must be at most 1000 characters" }).optional(),
  })
  .strict()
  .refine((b) => b.action === "verify" || (b.note && b.note.length >= 5), {
    path: ["note"],
    error: "is required when rejecting or revoking: tell the producer why (at least 5 characters)",
  })

export type Moderate = z.infer<typeof ModerateSchema>
