// One key per page, whatever the spelling of its URL. The same work is reached
// by /san-pham, /san-pham/, /SAN-PHAM, /en/san-pham, /s%61n-pham and
// //san-pham (the query never changes which page it is); a budget or a cache
// rule matched against one spelling is bypassed by the others, so they match
// against this key instead.
import { posix } from "node:path"

/** Percent-decoded (until nothing changes: %2561 is %61 is "a"), or as it was when it is not valid. */
function decoded(pathname: string): string {
  let path = pathname
  for (let i = 0; i < 3; i++) {
    let next: string
    try {
      next = decodeURIComponent(path)
    } catch {
      return path
    }
    if (next === path) return path
    path = next
  }
  return path
}

/**
 * The route a pathname reaches, in one spelling: decoded, Unicode NFC, lower case,
 * without repeated or trailing slashes, dot segments or the /en prefix
 * (both languages share the paths after it). Never used to build a link.
 */
export function routeKey(pathname: string): string {
  const path = posix.normalize(`/${decoded(pathname).replace(/\\/g, "/")}`).normalize("NFC").toLowerCase()
  const trimmed = path.replace(/\/+$/, "") || "/"
  return trimmed.replace(/^\/en(?=\/|$)/, "") || "/"
}
