import { z } from "zod"
import { ProducerSchema } from "../../../workflows/producer/validators"

// What a producer may change about themselves; name, type, province and
// handle are set by staff.
export const UpdateProducerProfileSchema = ProducerSchema.pick({
  ward: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  story: true,
})
  .partial()
  .strict()

export type UpdateProducerProfile = z.infer<typeof UpdateProducerProfileSchema>
