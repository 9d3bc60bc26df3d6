// Hashed build files (/_astro/<name>.<hash>.<ext>) never change under their name:
// every answer for them must say so. The node adapter marks them immutable only
// when it streams a body; its static server (`send`) first writes its own
// "public, max-age=0", which is what a HEAD and a 304 (revalidation) carry — and a
// 304 replaces the headers a browser or CDN keeps, so after one revalidation the
// file would be asked for again on every page. astro.config.mjs imports this first
// in dist/server/entry.mjs; only Cache-Control of /_astro/ answers is touched,
// and never that of an error (a missing file must not be kept for a year).
import { ServerResponse } from "node:http"

export const IMMUTABLE = "public, max-age=31536000, immutable"
const ASSETS = "/_astro/"

export function markHashedAssetsImmutable() {
  const setHeader = ServerResponse.prototype.setHeader
  if (setHeader.ocopImmutableAssets) return
  function setHeaderKeepingAssetsImmutable(name, value) {
    const url = this.req?.url
    if (typeof name === "string" && name.toLowerCase() === "cache-control" && typeof url === "string" && url.startsWith(ASSETS) && this.statusCode < 400) {
      return setHeader.call(this, name, IMMUTABLE)
    }
    return setHeader.call(this, name, value)
  }
  setHeaderKeepingAssetsImmutable.ocopImmutableAssets = true
  ServerResponse.prototype.setHeader = setHeaderKeepingAssetsImmutable
}
