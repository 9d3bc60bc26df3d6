// A batch of traceability stamps as A4 sheets of self-adhesive labels (PDF).
//
// Label stock: 48.5 × 25.4 mm, 4 columns × 11 rows = 44 labels per A4 sheet,
// no gaps between labels (8 mm side margins, 8.8 mm top and bottom). It is one
// of the stock sizes that office-label makers sell as "A4, 44 labels,
// 48.5 × 25.4 mm"; check the side and top margins printed on the pack and set
// them in LABEL_LAYOUT if a brand differs.
// Why this size and not the smaller 38.1 × 21.2 mm (65 per sheet): the QR with
// its 4-module quiet zone has to fit the label height. On 25.4 mm the QR box is
// 23.4 mm, so a Digital Link URL (version 5-6 QR, 37-41 modules) prints with
// modules of about 0.5 mm and a symbol of about 19-20 mm, comfortably above
// the ~15 mm floor for phone cameras at arm's length, and the 22 mm beside it
// still takes the serial at ~9 pt bold, up to three lines of product title,
// the lot and the producer. On 21.2 mm the symbol drops to ~15-16 mm with
// ~0.43 mm modules and the serial would shrink to ~6.5 pt in a 16 mm column.
//
// The QR is drawn as vector rectangles from the module matrix (runs of dark
// modules in a row, merged down the rows when identical), all in one path in
// module units, so a 10,000-label batch stays a few MB and prints sharp at any
// printer resolution (measured: 10,000 labels, 228 pages, in 6-8.5 s on this
// project's 2-core machine and 3.6-4.4 MB; over half of that time is the
// qrcode package choosing each symbol's mask).
// Text uses Be Vietnam Pro (OFL, from the @expo-google-fonts package, which
// ships the full TTFs: fontsource's files are split into latin / vietnamese
// subsets and no single file has both), since the PDF standard fonts have no
// Vietnamese glyphs; pdfkit embeds only the glyphs used.

import PDFDocument from "pdfkit"
import QRCode from "qrcode"

const MM = 72 / 25.4 // PDF points per millimetre

export interface LabelSheetInput {
  /** product title, Vietnamese with diacritics, e.g. "Mật ong bạc hà Mèo Vạc 500 ml" */
  product: string
  /** e.g. "HTX Mật ong bạc hà Mèo Vạc" */
  producer: string
  lot: string | null
  /** url is what the QR encodes (the shop's /truy-xuat/<serial> or a GS1 Digital Link) */
  labels: { serial: string; url: string }[]
}

export interface LabelLayout {
  name: string
  columns: number
  rows: number
  /** one label */
  widthMm: number
  heightMm: number
  /** distance from one label's left (top) edge to the next one's */
  pitchXMm: number
  pitchYMm: number
  /** page edge to the first label's edge */
  marginLeftMm: number
  marginTopMm: number
  /** A4 */
  pageWidthPt: number
  pageHeightPt: number
  /** blank kept inside each label edge, so a sheet fed 1 mm off still prints clean */
  insetMm: number
  /** quiet zone around the QR, in modules (ISO/IEC 18004 asks for 4) */
  quietZoneModules: number
}

export const LABEL_LAYOUT: LabelLayout = {
  name: "A4 44 labels 48.5 × 25.4 mm (4 × 11)",
  columns: 4,
  rows: 11,
  widthMm: 48.5,
  heightMm: 25.4,
  pitchXMm: 48.5,
  pitchYMm: 25.4,
  marginLeftMm: (210 - 4 * 48.5) / 2,
  marginTopMm: (297 - 11 * 25.4) / 2,
  pageWidthPt: 595.28,
  pageHeightPt: 841.89,
  insetMm: 1,
  quietZoneModules: 4,
}

export const LABELS_PER_PAGE = LABEL_LAYOUT.columns * LABEL_LAYOUT.rows

/** below this a cheap laser's dot gain and a phone's focus start to lose modules */
const MIN_MODULE_MM = 0.3

const FONT_PACKAGE = "@expo-google-fonts/be-vietnam-pro"
const FONT_FILES = {
  regular: `${FONT_PACKAGE}/400Regular/BeVietnamPro_400Regular.ttf`,
  medium: `${FONT_PACKAGE}/500Medium/BeVietnamPro_500Medium.ttf`,
  bold: `${FONT_PACKAGE}/700Bold/BeVietnamPro_700Bold.ttf`,
} as const

let fontPaths: Record<keyof typeof FONT_FILES, string> | null = null
/** resolved through node's module resolution, so it works from src/ under jest and from the built .medusa/server alike */
function fonts(): Record<keyof typeof FONT_FILES, string> {
  fontPaths ??= {
    regular: require.resolve(FONT_FILES.regular),
    medium: require.resolve(FONT_FILES.medium),
    bold: require.resolve(FONT_FILES.bold),
  }
  return fontPaths
}

const n = (v: number) => String(Math.round(v * 1000) / 1000)

/**
 * The QR of `url` (error correction M) as one PDF path filled in module units:
 * each run of dark modules in a row is a rectangle, and a run repeated exactly
 * in the rows below grows that rectangle instead of adding one.
 * Returns the content-stream operators and the symbol's size in modules.
 */
export function qrPath(url: string): { ops: string; size: number } {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" })
  const size = qr.modules.size
  const data = qr.modules.data
  const rects: number[][] = [] // [x, y, w, h]
  let open = new Map<number, number[]>() // key x*size+w -> rect still growing downwards
  for (let y = 0; y < size; y++) {
    const next = new Map<number, number[]>()
    let x = 0
    while (x < size) {
      if (!data[y * size + x]) {
        x++
        continue
      }
      const start = x
      while (x < size && data[y * size + x]) x++
      const key = start * size + (x - start)
      const above = open.get(key)
      if (above) {
        above[3]++
        next.set(key, above)
      } else {
        const r = [start, y, x - start, 1]
        rects.push(r)
        next.set(key, r)
      }
    }
    open = next
  }
  let ops = ""
  for (const r of rects) ops += `${r[0]} ${r[1]} ${r[2]} ${r[3]} re\n`
  return { ops, size }
}

/** cuts `text` to fit `width` at the current font and size, ending in "…" when cut */
function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (doc.widthOfString(text.slice(0, mid).trimEnd() + "…") <= width) lo = mid
    else hi = mid - 1
  }
  return text.slice(0, lo).trimEnd() + "…"
}

/** up to `maxLines` lines of `text` broken at spaces, the last one cut with "…" if the rest does not fit */
function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let i = 0
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(fitLine(doc, words.slice(i).join(" "), width))
      break
    }
    let line = words[i++]
    while (i < words.length && doc.widthOfString(`${line} ${words[i]}`) <= width) line += ` ${words[i++]}`
    lines.push(doc.widthOfString(line) <= width ? line : fitLine(doc, line, width))
  }
  return lines
}

/**
 * Renders the labels onto as many A4 pages as they need, in reading order
 * (left to right, top to bottom). Resolves to the PDF file's bytes.
 */
export async function renderLabelSheet(input: LabelSheetInput): Promise<Buffer> {
  const L = LABEL_LAYOUT
  const product = input.product.normalize("NFC").trim()
  const producer = input.producer.normalize("NFC").trim()
  const lot = input.lot?.normalize("NFC").trim() || null
  if (input.labels.length === 0) throw new Error("no labels to print")
  const font = fonts()

  const doc = new PDFDocument({
    size: [L.pageWidthPt, L.pageHeightPt],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    info: { Title: `Tem truy xuất: ${product}`, Creator: "OCOP Market" },
  })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.registerFont("regular", font.regular)
  doc.registerFont("medium", font.medium)
  doc.registerFont("bold", font.bold)

  // geometry, in points, relative to a label's top-left corner
  const inset = L.insetMm * MM
  const qrBox = L.heightMm * MM - 2 * inset // the QR and its quiet zone, a square
  const textX = inset + qrBox
  const textW = L.widthMm * MM - textX - 1.5 * MM
  const textTop = 2.2 * MM
  const textBottom = L.heightMm * MM - 2.2 * MM

  // the text is the same on every label but the serial: lay it out once
  const PRODUCT_PT = 6.8
  const PRODUCER_PT = 5.6
  const LOT_PT = 6.8
  const SERIAL_MAX_PT = 13
  doc.font("regular").fontSize(PRODUCT_PT)
  const productLines = wrapLines(doc, product, textW, 3)
  const productLead = PRODUCT_PT * 1.2
  doc.font("medium").fontSize(LOT_PT)
  const lotLine = lot ? fitLine(doc, `Lô ${lot}`, textW) : null
  doc.font("regular").fontSize(PRODUCER_PT)
  const producerLine = producer ? fitLine(doc, producer, textW) : null
  // one serial size for the whole batch, the one at which its widest serial fills the column
  doc.font("bold").fontSize(1)
  let widestSerial = 0
  for (const { serial } of input.labels) widestSerial = Math.max(widestSerial, doc.widthOfString(serial))
  const serialPt = Math.min(SERIAL_MAX_PT, textW / widestSerial)

  for (let i = 0; i < input.labels.length; i++) {
    const { serial, url } = input.labels[i]
    const slot = i % LABELS_PER_PAGE
    if (slot === 0) {
      // a big batch takes seconds of CPU: let the server answer other requests between pages
      if (i > 0) await new Promise((resolve) => setImmediate(resolve))
      doc.addPage({ size: [L.pageWidthPt, L.pageHeightPt], margin: 0 })
    }
    const x0 = (L.marginLeftMm + (slot % L.columns) * L.pitchXMm) * MM
    const y0 = (L.marginTopMm + Math.floor(slot / L.columns) * L.pitchYMm) * MM

    // QR: one path in module units, translated to the symbol's corner (y grows downwards here)
    const { ops, size } = qrPath(url)
    const module = qrBox / (size + 2 * L.quietZoneModules)
    if (module < MIN_MODULE_MM * MM) {
      throw new Error(`URL too long for a ${L.heightMm} mm label (QR of ${size} modules): ${url}`)
    }
    const qx = x0 + inset + L.quietZoneModules * module
    const qy = y0 + inset + L.quietZoneModules * module
    doc.addContent(`q\n${n(module)} 0 0 ${n(module)} ${n(qx)} ${n(qy)} cm\n0 g\n${ops}f\nQ`)

    // text column: serial (large), product, lot, producer at the foot
    const tx = x0 + textX
    let ty = y0 + textTop
    doc.font("bold").fontSize(serialPt).text(serial, tx, ty, { lineBreak: false })
    ty += serialPt * 1.3
    doc.font("regular").fontSize(PRODUCT_PT)
    for (const line of productLines) {
      doc.text(line, tx, ty, { lineBreak: false })
      ty += productLead
    }
    if (lotLine) {
      ty += 0.8
      doc.font("medium").fontSize(LOT_PT).text(lotLine, tx, ty, { lineBreak: false })
    }
    if (producerLine) {
      doc.font("regular").fontSize(PRODUCER_PT).text(producerLine, tx, y0 + textBottom - PRODUCER_PT * 1.2, { lineBreak: false })
    }
  }
  doc.end()
  return done
}
