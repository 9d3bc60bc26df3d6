import { mkdtempSync, writeFileSync } from "node:fs"
import { get, type IncomingMessage, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createRequire } from "node:module"
import { IMMUTABLE, markStaticFilesImmutable } from "../static-cache-headers"

// node:http itself, as a browser's revalidation sends it (fetch in jest adds headers of its own)
const plainGet = (url: string, headers: Record<string, string>) =>
  new Promise<IncomingMessage>((resolve, reject) => get(url, { headers }, (res) => (res.resume(), resolve(res))).on("error", reject))

// Served the way Medusa serves /static: its own express, express.static without options.
const express = createRequire(require.resolve("@medusajs/framework"))("express")
describe("files under /static are cached for a year", () => {
  let server: Server
  let base = ""
  beforeAll(async () => {
    markStaticFilesImmutable()
    const dir = mkdtempSync(join(tmpdir(), "ocop-static-"))
    writeFileSync(join(dir, "1764000000000-photo-800w.webp"), "webp")
    writeFileSync(join(dir, "private-1764000000000-scan.pdf"), "%PDF-")
    const app = express()
    app.use("/static", express.static(dir))
    app.get("/store/x", (_req: unknown, res: { set(name: string, value: string): { json(body: unknown): void } }) => res.set("Cache-Control", "no-store").json({}))
    await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", resolve)))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(() => server.close())

  it("for GET, HEAD and a revalidation (304)", async () => {
    const first = await fetch(`${base}/static/1764000000000-photo-800w.webp`)
    expect(first.headers.get("cache-control")).toBe(IMMUTABLE)
    expect((await fetch(`${base}/static/1764000000000-photo-800w.webp`, { method: "HEAD" })).headers.get("cache-control")).toBe(IMMUTABLE)
    const again = await plainGet(`${base}/static/1764000000000-photo-800w.webp`, { "if-none-match": first.headers.get("etag")! })
    expect([again.statusCode, again.headers["cache-control"]]).toEqual([304, IMMUTABLE])
  })

  it("not for private files nor for anything else", async () => {
    expect((await fetch(`${base}/static/private-1764000000000-scan.pdf`)).headers.get("cache-control")).toBe("public, max-age=0")
    expect((await fetch(`${base}/store/x`)).headers.get("cache-control")).toBe("no-store")
  })
})
