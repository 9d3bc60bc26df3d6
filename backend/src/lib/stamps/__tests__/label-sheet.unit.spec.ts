import { execFileSync } from "child_process"
import { mkdtempSync, rmSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"
import { gtinCheckDigit, newSerial, stampUrl } from "@ocop/shared"
import { LABEL_LAYOUT, LABELS_PER_PAGE, renderLabelSheet, type LabelSheetInput } from "../label-sheet"

const MM = 72 / 25.4
const HELPER = join(__dirname, "decode-pdf-qr.mjs")

interface Decoded {
  dpi: number
  pages: {
    widthPt: number
    heightPt: number
    text: string
    codes: { text: string; valid: boolean; ecLevel: string; version: string; x: number; y: number }[]
  }[]
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "label-sheet-"))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** writes the PDF, rasterises each page at `dpi` with MuPDF and reads every QR on it with ZXing (in a child node process) */
function decode(pdf: Buffer, name: string, dpi = 300): Decoded {
  const file = join(dir, name)
  writeFileSync(file, pdf)
  const out = execFileSync(process.execPath, [HELPER, file, String(dpi)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "" },
  })
  return JSON.parse(out) as Decoded
}

/** the same serials every run: a counter-seeded xorshift instead of crypto */
function seededRandom(seed: number) {
  let s = seed >>> 0 || 1
  return (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      s ^= s << 13
      s >>>= 0
      s ^= s >>> 17
      s ^= s << 5
      s >>>= 0
      bytes[i] = s & 0xff
    }
    return bytes
  }
}

const GTIN13 = "893000000001" + gtinCheckDigit("893000000001")

function makeLabels(count: number, lot: string | null) {
  const random = seededRandom(20260503)
  return Array.from({ length: count }, (_, i) => {
    const serial = newSerial(random)
    // both shapes the shop prints: Digital Link for products with a GTIN, /truy-xuat/ otherwise
    const url = stampUrl("https://shop.example.vn", { serial, gtin: i % 3 === 0 ? null : GTIN13, lot })
    return { serial, url }
  })
}

/** which label slot of the page a point (in pt from the top-left) falls in, or null between labels / off the grid */
function slotAt(x: number, y: number): number | null {
  const col = Math.floor((x / MM - LABEL_LAYOUT.marginLeftMm) / LABEL_LAYOUT.pitchXMm)
  const row = Math.floor((y / MM - LABEL_LAYOUT.marginTopMm) / LABEL_LAYOUT.pitchYMm)
  if (col < 0 || col >= LABEL_LAYOUT.columns || row < 0 || row >= LABEL_LAYOUT.rows) return null
  return row * LABEL_LAYOUT.columns + col
}

describe("renderLabelSheet", () => {
  it("prints 70 stamps on two A4 pages whose QR codes all scan back to their own URLs", async () => {
    const input: LabelSheetInput = {
      product: "Mật ong bạc hà Mèo Vạc 500 ml",
      producer: "HTX Mật ong bạc hà Mèo Vạc",
      lot: "L2026-05",
      labels: makeLabels(70, "L2026-05"),
    }
    const urls = input.labels.map((l) => l.url)
    expect(new Set(urls).size).toBe(70)
    expect(urls.filter((u) => u.includes("/01/0" + GTIN13 + "/10/L2026-05/21/")).length).toBeGreaterThan(0)
    expect(urls.filter((u) => u.includes("/truy-xuat/")).length).toBeGreaterThan(0)

    const pdf = await renderLabelSheet(input)
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const raw = pdf.toString("latin1")
    // A4 in the file itself, every page
    expect(raw.match(/\/MediaBox \[0 0 595\.28 841\.89\]/g)).toHaveLength(2)
    // the Vietnamese font is embedded; no standard (non-Vietnamese) font is used
    expect(raw).toMatch(/\/FontFile2 /)
    expect(raw).toMatch(/BeVietnamPro/)
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)

    const { pages } = decode(pdf, "seventy.pdf", 300)
    expect(pages).toHaveLength(2)
    for (const p of pages) {
      expect(p.widthPt).toBeCloseTo(595.28, 1)
      expect(p.heightPt).toBeCloseTo(841.89, 1)
    }
    expect(pages.map((p) => p.codes.length)).toEqual([LABELS_PER_PAGE, 70 - LABELS_PER_PAGE])

    const all = pages.flatMap((p) => p.codes)
    expect(all).toHaveLength(70)
    expect(all.every((c) => c.valid && c.ecLevel === "M")).toBe(true)
    const decoded = all.map((c) => c.text)
    expect(new Set(decoded).size).toBe(70)
    expect(new Set(decoded)).toEqual(new Set(urls))

    // each code sits on its own label, in the order given: page p, slot s holds labels[p * 44 + s]
    pages.forEach((p, pageIndex) => {
      for (const code of p.codes) {
        const slot = slotAt(code.x, code.y)
        expect(slot).not.toBeNull()
        expect(code.text).toBe(input.labels[pageIndex * LABELS_PER_PAGE + slot!].url)
      }
    })

    // the text is real text with Vietnamese characters (not outlines, not lost glyphs), and every serial is printed on its page
    pages.forEach((p, pageIndex) => {
      const text = p.text.normalize("NFC")
      expect(text).toContain("Mật ong bạc hà")
      expect(text).toContain("Lô L2026-05")
      const onPage = input.labels.slice(pageIndex * LABELS_PER_PAGE, (pageIndex + 1) * LABELS_PER_PAGE)
      for (const { serial } of onPage) expect(text).toContain(serial)
    })
  })

  it("leaves the lot out when there is none, cuts a long title with an ellipsis, and still scans", async () => {
    const labels = makeLabels(3, null)
    const pdf = await renderLabelSheet({
      product:
        "Trà shan tuyết cổ thụ Hoàng Su Phì đặc biệt, hộp gỗ quà biếu 200 g, thu hái vụ xuân trên núi Chiêu Lầu Thi, sao thủ công",
      producer: "Hợp tác xã Chè Shan tuyết Hoàng Su Phì",
      lot: null,
      labels,
    })
    const { pages } = decode(pdf, "no-lot.pdf", 200)
    expect(pages).toHaveLength(1)
    expect(new Set(pages[0].codes.map((c) => c.text))).toEqual(new Set(labels.map((l) => l.url)))
    const text = pages[0].text.normalize("NFC")
    expect(text).not.toContain("Lô")
    expect(text).toContain("Trà shan tuyết")
    expect(text).toContain("…")
    expect(text).not.toContain("sao thủ công")
  })

  it("refuses an empty batch and a URL too long for the label", async () => {
    await expect(renderLabelSheet({ product: "x", producer: "y", lot: null, labels: [] })).rejects.toThrow(/no labels/)
    // ~600 bytes of lowercase (byte mode): a version-20-odd QR, modules under 0.3 mm on this label
    const long = "https://shop.example.vn/truy-xuat/" + "abcdefghijklmnopqrstuvwxyz".repeat(23)
    await expect(
      renderLabelSheet({ product: "x", producer: "y", lot: null, labels: [{ serial: "A", url: long }] }),
    ).rejects.toThrow(/too long/)
  })
})
