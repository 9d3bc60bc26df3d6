import { MedusaError } from "@medusajs/framework/utils"
import { problemsSentence, type FieldProblem } from "@ocop/shared"

/**
 * A 400 that names each bad field with a stable code (`FieldProblem`), answered
 * as `{ type: "invalid_data", message, errors }` by the API's error handler.
 * Throw it before a workflow runs: errors thrown inside a workflow come back
 * without their own properties.
 */
export class InvalidFieldsError extends MedusaError {
  readonly problems: FieldProblem[]

  constructor(problems: FieldProblem[], message = problemsSentence(problems)) {
    super(MedusaError.Types.INVALID_DATA, message)
    this.problems = problems
  }
}

export function fieldProblemsOf(error: unknown): FieldProblem[] | null {
  const problems = (error as { problems?: unknown } | null)?.problems
  return Array.isArray(problems) ? (problems as FieldProblem[]) : null
}
