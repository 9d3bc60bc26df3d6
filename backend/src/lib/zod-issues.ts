import type { z } from "zod"

/**
 * The one way a zod failure is told in words, for a 400's message (request
 * query or body, an admin record) and for a wrong environment variable: one
 * sentence per issue, "<dotted path> <what is wrong>". A value left out reads
 * "is required" (zod says "…, received undefined"); unknown keys are named.
 * The per-field problems with stable codes are `zodProblems` of `@ocop/shared`.
 */
export function issueSentences(
  error: z.ZodError,
  /** what a top-level issue is about ("body", "query", "environment"), and what one unknown key is called */
  names: { whole: string; key?: string }
): string[] {
  return error.issues.map((i) =>
    i.code === "unrecognized_keys"
      ? `unknown ${names.key ?? "field"}(s): ${i.keys.join(", ")}`
      : `${i.path.map(String).join(".") || names.whole} ${isMissing(i) ? "is required" : i.message}`
  )
}

// `input` is on the issue when the schema was parsed with { reportInput: true }
const isMissing = (i: z.core.$ZodIssue) => ("input" in i && i.input === undefined) || /received undefined$/.test(i.message)
