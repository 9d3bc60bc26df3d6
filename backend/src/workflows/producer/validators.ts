import { PRODUCER_TYPE_CODES } from "@ocop/shared"
import { z } from "zod"
import { handleSchema, provinceSchema } from "../common-validators"

const phone = z.string().regex(/^(\+84|0)[\d ]{8,13}$/, { error: "must be a Vietnamese phone number, e.g. 0209 3884 125" })

export const ProducerSchema = z.object({
  handle: handleSchema,
  name: z.string().trim().min(3).max(200),
  type: z.enum(PRODUCER_TYPE_CODES),
  province: provinceSchema,
  ward: z.string().max(200).nullish(),
  address: z.string().max(300).nullish(),
  phone: phone.nullish(),
  email: z.email().nullish(),
  website: z.url().nullish(),
  story: z.string().max(5000).nullish(),
  logo: z.string().max(1000).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  certifications: z.array(z.string().max(80)).max(20).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

export type ProducerInput = z.infer<typeof ProducerSchema>
