import type { FieldProblem } from "@ocop/shared"

// A failed call to the backend, on the server (backend.ts) and in the browser
// (islands/client.ts) alike: its HTTP status (0: no answer) and the field problems of a 400.
export class PortalError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: FieldProblem[] = []
  ) {
    super(message)
  }
}
