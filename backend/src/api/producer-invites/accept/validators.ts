import { z } from "zod"

export const AcceptInviteSchema = z
  .object({
    token: z.string({ error: "is required (from the invitation link)" }).min(10, { error: "is not an invitation token" }).max(200),
    name: z.string().trim().max(200).optional(),
  })
  .strict()

export type AcceptInvite = z.infer<typeof AcceptInviteSchema>
