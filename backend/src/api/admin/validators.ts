import { PROVINCE_CODES } from "@ocop/shared"
import { z } from "zod"
import { PageSchema } from "../producer/validators"

// Lists of producers, sales points and fairs in the admin.
export const AdminListSchema = PageSchema.extend({
  q: z.string().trim().max(100, { error: "must be at most 100 characters" }).optional(),
  province: z.enum(PROVINCE_CODES, { error: "must be the code of one of the 34 current provinces" }).optional(),
}).strict()
