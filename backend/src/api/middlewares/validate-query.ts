import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { zodProblems, type FieldProblem } from "@ocop/shared"
import type { z } from "zod"
import { InvalidFieldsError } from "../../lib/invalid-fields"
import { issueSentences } from "../../lib/zod-issues"

// Why not Medusa's validateAndTransformQuery / validateAndTransformBody
// (@medusajs/framework/http): they are not drop-ins for these routes. Their
// zodValidator turns the ZodError into one English sentence of at most three
// issues ("Invalid request: Unrecognized fields: …") and throws it away, so the
// answer could no longer carry `errors` — the per-field problems with stable
// codes that the producer portal and the shop show in Vietnamese or English
// (field-error-handler.ts) — nor our message ("unknown parameter(s): near").
// They also force `.strict()` on every object schema, rewrite the query
// (`a.b=` into objects, one-element arrays split on commas, `with_deleted`
// dropped) and read `fields`, `limit`, `offset` and `order` as Medusa's list
// config, and the body one cannot add the OCOP checks' problems (`extra`) to the
// same answer. Medusa's own routes keep Medusa's validators.

/** More problems of the same request, found by checks the schema cannot make (e.g. OCOP metadata). */
export type ExtraChecks = (req: MedusaRequest, raw: unknown) => Promise<FieldProblem[]> | FieldProblem[]

function invalid(what: "query" | "body", error: z.ZodError, extra: FieldProblem[]): InvalidFieldsError {
  const sentences = issueSentences(error, { whole: what, key: what === "query" ? "parameter" : "field" })
  const problems = [...zodProblems(error), ...extra]
  return new InvalidFieldsError(problems, `Invalid ${what}: ${[...sentences, ...extra.map((p) => `${p.field} ${p.message}`)].join("; ")}`)
}

/** Parses the query string with a zod schema into `req.validatedQuery`; a 400 names every bad parameter. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.query ?? {}, { reportInput: true })
    if (!r.success) return next(invalid("query", r.error, []))
    req.validatedQuery = r.data as Record<string, unknown>
    next()
  }
}

/**
 * Parses a JSON body with a zod schema into `req.validatedBody`; a 400 names
 * every bad field. `extra` adds what else is wrong with the same body, so one
 * answer lists all problems.
 */
export function validateBody(schema: z.ZodType, extra?: ExtraChecks) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.body ?? {}, { reportInput: true })
    if (r.success) {
      req.validatedBody = r.data
      return next()
    }
    let more: FieldProblem[] = []
    try {
      more = extra ? await extra(req, req.body) : []
    } catch {
      // the schema's problems are enough to answer with
    }
    next(invalid("body", r.error, more))
  }
}
