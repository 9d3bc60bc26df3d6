// One shape for "this field is wrong", from the backend's validators to the
// forms that show it. The backend answers 400 with `{ type, message, errors }`:
// `message` is an English sentence for API users, and each error carries a
// stable `code` (plus `params`) that a page translates into its own language
// and shows beside the field named by `field` (a dotted path into the body,
// e.g. `variants.1.price` or `ocop.ocop_certificate.expires_at`).
import type { z } from "zod"

export const FIELD_ERROR_CODES = [
  "required",
  "invalid_type",
  "not_integer",
  "too_small",
  "too_big",
  "too_short",
  "too_long",
  "too_few",
  "too_many",
  "invalid_format",
  "invalid_option",
  "unknown_field",
  "certificate_revoked",
  "certificate_superseded",
  "duplicate",
  "not_found",
  "wrong_file_kind",
  "invalid_date",
  "date_order",
  "validity_too_long",
  "former_province",
  "legacy_province_mismatch",
  "legacy_province_after_merger",
  "issuer_not_central",
  "subgroup_mismatch",
  "score_mismatch",
  "voucher_unknown",
  "voucher_not_started",
  "voucher_expired",
  "voucher_used_up",
  "invalid",
] as const
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

export interface FieldProblem {
  field: string
  code: FieldErrorCode
  params?: Record<string, string | number>
  /** English, for API users and logs; pages translate `code` instead */
  message: string
}

export interface InvalidFieldsBody {
  type: "invalid_data"
  message: string
  errors: FieldProblem[]
}

/** A custom zod issue's code travels in its params: `ctx.addIssue({ ..., params: { code: "date_order" } })`. */
export const issueCode = (code: FieldErrorCode, extra: Record<string, string | number> = {}) => ({ code, ...extra })

type Issue = z.core.$ZodIssue

// Issues carry their input only when parsed with `{ reportInput: true }`;
// otherwise zod's default message still says what was received.
const missing = (i: Issue) =>
  "input" in i ? i.input === undefined || i.input === null : /received (undefined|null)$/.test(i.message)

function codeOf(i: Issue): { code: FieldErrorCode; params?: Record<string, string | number> } {
  switch (i.code) {
    case "invalid_type":
      if (missing(i)) return { code: "required" }
      if (i.expected === "int") return { code: "not_integer" }
      return { code: "invalid_type", params: { expected: String(i.expected) } }
    case "too_small": {
      const min = Number(i.minimum)
      if (i.origin === "string") return min <= 1 ? { code: "required" } : { code: "too_short", params: { min } }
      if (i.origin === "array" || i.origin === "set") return { code: "too_few", params: { min } }
      return { code: "too_small", params: { min } }
    }
    case "too_big": {
      const max = Number(i.maximum)
      if (i.origin === "string") return { code: "too_long", params: { max } }
      if (i.origin === "array" || i.origin === "set") return { code: "too_many", params: { max } }
      return { code: "too_big", params: { max } }
    }
    case "invalid_format":
      return { code: "invalid_format", params: { format: String(i.format) } }
    case "invalid_value":
      return "input" in i && i.input === undefined ? { code: "required" } : { code: "invalid_option" }
    case "unrecognized_keys":
      return { code: "unknown_field" }
    case "custom": {
      const { code, ...params } = (i.params ?? {}) as Record<string, string | number>
      return (FIELD_ERROR_CODES as readonly string[]).includes(String(code))
        ? { code: code as FieldErrorCode, ...(Object.keys(params).length ? { params } : {}) }
        : { code: "invalid" }
    }
    default:
      return { code: "invalid" }
  }
}

/** Every issue of a failed parse as field problems; `prefix` places the parsed object inside a larger body. */
export function zodProblems(error: z.ZodError, prefix: string[] = []): FieldProblem[] {
  return error.issues.flatMap((i): FieldProblem[] => {
    const path = [...prefix, ...i.path.map(String)]
    if (i.code === "unrecognized_keys") {
      return i.keys.map((k) => ({ field: [...path, k].join("."), code: "unknown_field" as const, message: "is not a known field" }))
    }
    const { code, params } = codeOf(i)
    const message = code === "required" ? "is required" : i.message
    return [{ field: path.join(".") || "body", code, ...(params ? { params } : {}), message }]
  })
}

/** One English sentence naming every bad field (the `message` of a 400). */
export function problemsSentence(problems: FieldProblem[], what = "Invalid body"): string {
  return `${what}: ` + problems.map((p) => (p.code === "unknown_field" ? `unknown field ${p.field}` : `${p.field} ${p.message}`)).join("; ")
}
