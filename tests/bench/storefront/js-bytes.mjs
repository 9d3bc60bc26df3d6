// The JavaScript a page makes the browser download, gzip-compressed: external
// and inline scripts, island components and renderers, and everything they
// import statically (followed recursively, each file counted once).
import { gzipSync } from "node:zlib"

const gz = (text) => gzipSync(Buffer.from(text)).length

export async function pageJsBytes(url) {
  const html = await (await fetch(url)).text()
  const seen = new Set()
  let bytes = 0
  let files = 0
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim())
  for (const code of inline) bytes += gz(code)
  const queue = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
    ...inline.flatMap((code) => [...code.matchAll(/(?:import\(|from\s*)["'](\/[^"']+\.js)["']/g)].map((m) => m[1])),
  ].map((src) => new URL(src.replace(/&amp;/g, "&"), url).toString())
  while (queue.length) {
    const src = queue.shift()
    if (seen.has(src)) continue
    seen.add(src)
    const code = await (await fetch(src)).text()
    bytes += gz(code)
    files++
    for (const m of code.matchAll(/(?:import\s*\(?|from\s*)["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g)) queue.push(new URL(m[1], src).toString())
  }
  return { bytes, files, inline: inline.length }
}
