import { z } from "zod"

export const InviteMemberSchema = z
  .object({ email: z.email({ error: "must be an e-mail address, e.g. htx@example.vn" }).max(200).transform((e) => e.toLowerCase()) })
  .strict()

export type InviteMember = z.infer<typeof InviteMemberSchema>
