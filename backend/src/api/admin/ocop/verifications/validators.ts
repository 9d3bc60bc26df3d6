import { z } from "zod"
import { PageSchema } from "../../../producer/validators"

export const VerificationQueueSchema = PageSchema.extend({
  status: z.enum(["pending", "rejected"], { error: "must be pending or rejected" }).default("pending"),
}).strict()
