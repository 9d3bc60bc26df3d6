import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"

function invalid(what: "query" | "body", error: z.ZodError): MedusaError {
  const problems = error.issues.map((i) =>
    i.code === "unrecognized_keys"
      ? `unknown ${what === "query" ? "parameter" : "field"}(s): ${i.keys.join(", ")}`
      : `${i.path.join(".") || what} ${/received undefined$/.test(i.message) ? "is required" : i.message}`
  )
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}: ${problems.join("; ")}`)
}

/** Parses the query string with a zod schema into `req.validatedQuery`; a 400 names every bad parameter. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.query ?? {})
    if (!r.success) return next(invalid("query", r.error))
    req.validatedQuery = r.data as Record<string, unknown>
    next()
  }
}

/** Parses a JSON body with a zod schema into `req.validatedBody`; a 400 names every bad field. */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.body ?? {})
    if (!r.success) return next(invalid("body", r.error))
    req.validatedBody = r.data
    next()
  }
}
