import { errorHandler, getHttpResponseFromError, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { MedusaError } from "@medusajs/framework/utils"
import type { FieldProblem, InvalidFieldsBody } from "@ocop/shared"
import { fieldProblemsOf } from "../../lib/invalid-fields"
import { answerUnavailable, type ThrownError } from "./unavailable"

const medusaErrorHandler = errorHandler()

// Routes whose 400s always carry per-field problems (the producer portal's forms read them).
const FIELD_ERROR_ROUTES = /^\/(producer|producer-invites)(\/|$)/

/**
 * Errors with field problems (`InvalidFieldsError`) answer 400 `{ type, message, errors }`;
 * any other 400 of a portal route gets the same shape with one problem of the
 * whole body; a passing fault (database restarting…) answers 503 + Retry-After;
 * everything else is Medusa's own answer.
 */
export function fieldErrorHandler(err: ThrownError, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (answerUnavailable(err, req, res)) return
  const problems = fieldProblemsOf(err)
  const portal = FIELD_ERROR_ROUTES.test(String(req.originalUrl ?? req.url ?? "").split("?")[0])
  if (problems || portal) {
    let status: number | undefined
    try {
      status = getHttpResponseFromError(err).statusCode
    } catch {
      status = undefined
    }
    if (status === 400) {
      const errors: FieldProblem[] = problems ?? [{ field: "body", code: "invalid", message: String(err?.message ?? "is invalid") }]
      const body: InvalidFieldsBody = { type: "invalid_data", message: String(err?.message ?? "Invalid body"), errors }
      req.scope?.resolve?.("logger")?.info?.(body.message)
      return void res.status(400).json(body)
    }
  }
  return medusaErrorHandler(err as MedusaError, req, res, next)
}
