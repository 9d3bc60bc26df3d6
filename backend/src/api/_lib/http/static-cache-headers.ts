import { ServerResponse } from "node:http"

// Pictures (and scans) under /static are never rewritten under their name: the
// local file provider prefixes each upload with its time (`1764…-photo-800w.webp`)
// and the demo catalogue only draws a picture that is missing. So browsers and
// CDNs may keep them for a year without asking again. Medusa serves /static with
// express.static before any of our middlewares and without options, and `send`
// writes "public, max-age=0" itself: this corrects that one header, for /static
// answers only, never for an error, and never for a private file ("private-…",
// a scan only staff and its producer should see). Installed by medusa-config.ts.
// With S3_BUCKET the bucket sends the file-s3 provider's cache_control instead.
export const IMMUTABLE = "public, max-age=31536000, immutable"

type Patched = ServerResponse["setHeader"] & { ocopStaticImmutable?: true }

export function markStaticFilesImmutable(): void {
  const setHeader = ServerResponse.prototype.setHeader as Patched
  if (setHeader.ocopStaticImmutable) return
  const patched: Patched = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    // express strips the mount path from req.url inside app.use("/static", …); originalUrl keeps it
    const req = this.req as (ServerResponse["req"] & { originalUrl?: string }) | undefined
    const url = req?.originalUrl ?? req?.url ?? ""
    if (name.toLowerCase() === "cache-control" && url.startsWith("/static/") && !url.includes("/private-") && this.statusCode < 400) {
      return setHeader.call(this, name, IMMUTABLE)
    }
    return setHeader.call(this, name, value)
  }
  patched.ocopStaticImmutable = true
  ServerResponse.prototype.setHeader = patched
}
