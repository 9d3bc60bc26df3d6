import { PROVINCE_CODES } from "@ocop/shared"
import { z } from "zod"

export const handleSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lower-case letters, digits and dashes" })
export const provinceSchema = z.enum(PROVINCE_CODES, { error: "must be the code of one of the 34 current provinces" })
