// Test helper for label-sheet.unit.spec.ts: rasterises every page of a PDF the
// way a printer would see it and reads every QR code on each whole page.
//
//   node decode-pdf-qr.mjs <file.pdf> [dpi]   ->  JSON on stdout:
//   { dpi, pages: [{ widthPt, heightPt, widthPx, heightPx, text, codes: [{ text, valid, ecLevel, version, x, y }] }] }
//   (text: the page's extracted text, to check what was written as text and with which characters)
//
// MuPDF (WASM) renders, ZXing-C++ (WASM) decodes. Both are ESM with top-level
// await, which is why this runs as its own node process rather than inside
// jest's CommonJS sandbox. The ZXing .wasm is read from node_modules and handed
// over as wasmBinary: without that the library would fetch it from a CDN.

import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const [file, dpiArg] = process.argv.slice(2)
if (!file) {
  console.error("usage: node decode-pdf-qr.mjs <file.pdf> [dpi]")
  process.exit(2)
}
const dpi = Number(dpiArg ?? 300)

const mupdf = await import("mupdf")
const { prepareZXingModule, readBarcodes } = await import("zxing-wasm/reader")

const wasm = readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm"))
await prepareZXingModule({
  overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
  fireImmediately: true,
})

const doc = mupdf.Document.openDocument(readFileSync(file), "application/pdf")
const scale = dpi / 72
const pages = []
for (let i = 0; i < doc.countPages(); i++) {
  const page = doc.loadPage(i)
  const [x0, y0, x1, y1] = page.getBounds()
  // opaque RGB on white, like paper; ZXing wants RGBA ImageData
  const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false)
  const width = pix.getWidth()
  const height = pix.getHeight()
  const stride = pix.getStride()
  const n = pix.getNumberOfComponents() + (pix.getAlpha() ? 1 : 0)
  const src = pix.getPixels()
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    let s = y * stride
    let d = y * width * 4
    for (let x = 0; x < width; x++, s += n, d += 4) {
      rgba[d] = src[s]
      rgba[d + 1] = src[s + 1]
      rgba[d + 2] = src[s + 2]
      rgba[d + 3] = 255
    }
  }
  pix.destroy()
  const text = page.toStructuredText().asText()
  const results = await readBarcodes(
    { data: rgba, width, height, colorSpace: "srgb" },
    { formats: ["QRCode"], maxNumberOfSymbols: 255, tryHarder: true, tryRotate: false, tryInvert: false, tryDownscale: false },
  )
  pages.push({
    widthPt: x1 - x0,
    heightPt: y1 - y0,
    widthPx: width,
    heightPx: height,
    text,
    codes: results.map((r) => ({
      text: r.text,
      valid: r.isValid,
      ecLevel: r.ecLevel,
      version: r.version,
      // the code's top-left corner, in points from the page's top-left
      x: r.position.topLeft.x / scale,
      y: r.position.topLeft.y / scale,
    })),
  })
}
process.stdout.write(JSON.stringify({ dpi, pages }))
