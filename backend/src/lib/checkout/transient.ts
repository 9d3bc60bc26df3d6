/**
 * Whether an error means "the system is briefly unavailable, the same request
 * may succeed in a moment" — the database restarting or unreachable, a pool
 * with no connection to give, Redis gone, a lock another request holds —
 * rather than something wrong with the request. Such errors answer 503 with
 * Retry-After instead of Medusa's "500 An unknown error occurred".
 */
const CODES = new Set([
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection exceptions, too many connections,
  // serialization failure and deadlock (retrying is the documented answer to both)
  "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300", "40001", "40P01",
  // sockets
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN",
])

const MESSAGES = [
  /Connection terminated/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /Connection is closed/i,
  /connect ECONNREFUSED/i,
  /read ECONNRESET/i,
  /MaxRetriesPerRequest/i,
  /max retries per request/i,
  /Stream isn't writeable/i,
  /Failed to acquire lock/i,
  /Cart is already being completed by another request/i,
  // the workflow engine could not save a step's checkpoint (its rows changed under it while the database came back)
  /saving checkpoint/i,
  // Redis could not renew a lock's lease in time: the work under it may be repeated (it is safe to)
  /Lost the lock for key/i,
  // the workflow engine could not record a finished step (its checkpoint write failed under load) and then
  // refused to mark the same step failed: nothing about the cart is wrong, the engine lost its footing
  /Updating Status from "?\w+"? to "?\w+"? is not allowed/i,
  /Cannot set step (success|failure) when status is/i,
]

export function isTransientError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown }
  if (typeof e.code === "string" && CODES.has(e.code)) return true
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])]
  return nested.some((n) => isTransientError(n, depth + 1))
}
