import { createServer, type Server } from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { IMMUTABLE, markHashedAssetsImmutable } from "./asset-cache-headers.mjs"

// a server that answers like the adapter's static server: max-age=0 first, then the status
let server: Server
let base = ""
beforeAll(async () => {
  markHashedAssetsImmutable()
  server = createServer((req, res) => {
    res.setHeader("Cache-Control", "public, max-age=0")
    if (req.url?.includes("missing")) res.writeHead(404, { "cache-control": "no-store" })
    else if (req.headers["if-none-match"]) res.statusCode = 304
    res.end()
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => server.close())

describe("answers for hashed build files stay immutable", () => {
  it("for GET, HEAD and a 304", async () => {
    expect((await fetch(`${base}/_astro/a.B1x.js`)).headers.get("cache-control")).toBe(IMMUTABLE)
    expect((await fetch(`${base}/_astro/a.B1x.js`, { method: "HEAD" })).headers.get("cache-control")).toBe(IMMUTABLE)
    const revalidated = await fetch(`${base}/_astro/a.B1x.js`, { headers: { "if-none-match": '"x"' } })
    expect([revalidated.status, revalidated.headers.get("cache-control")]).toEqual([304, IMMUTABLE])
  })

  it("not for a missing file, nor for anything else", async () => {
    expect((await fetch(`${base}/_astro/missing.js`)).headers.get("cache-control")).toBe("no-store")
    expect((await fetch(`${base}/robots.txt`)).headers.get("cache-control")).toBe("public, max-age=0")
  })
})
