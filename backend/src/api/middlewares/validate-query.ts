import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"

/** Parses the query string with a zod schema into `req.validatedQuery`; a 400 names every bad parameter. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.query ?? {})
    if (r.success) {
      req.validatedQuery = r.data as Record<string, unknown>
      return next()
    }
    const problems = r.error.issues.map((i) =>
      i.code === "unrecognized_keys" ? `unknown parameter(s): ${i.keys.join(", ")}` : `${i.path.join(".") || "query"} ${i.message}`
    )
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${problems.join("; ")}`))
  }
}
