import { describe, expect, it } from "vitest"
import { isIssuedSerial, newSerial, normaliseSerial, parseDigitalLink, serialCheckSymbol, stampUrl, toGtin14 } from "./stamps"
import { parseOcopMetadata } from "./metadata"

describe("stamp serials", () => {
  it("draws unguessable serials whose check symbol catches any single wrong symbol", () => {
    const serials = new Set(Array.from({ length: 2000 }, () => newSerial()))
    expect(serials.size).toBe(2000)
    for (const s of [...serials].slice(0, 200)) {
      expect(isIssuedSerial(s)).toBe(true)
      const i = Math.floor(Math.random() * 10)
      const wrong = s.slice(0, i) + (s[i] === "7" ? "8" : "7") + s.slice(i + 1)
      expect(isIssuedSerial(wrong)).toBe(false)
    }
  })

  it("reads what a shopper types, and old printed trace codes", () => {
    const s = newSerial()
    expect(normaliseSerial(` ${s.toLowerCase()} `)).toBe(s)
    expect(normaliseSerial("TN-2026-0001")).toBe("TN-2026-0001")
    expect(normaliseSerial("<script>")).toBeNull()
    const body = s.slice(0, -1)
    expect(serialCheckSymbol(body)).toBe(s.slice(-1))
  })
})

describe("GTIN and GS1 Digital Link", () => {
  it("accepts GTINs with a right check digit only, as GTIN-14", () => {
    expect(toGtin14("8934563138165")).toBe("08934563138165")
    expect(toGtin14("8934563138166")).toBeNull()
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("abc")).toBeNull()
  })

  it("puts GTIN, lot and serial in the Digital Link shape, and reads it back", () => {
    const serial = "7K3M9QX2PA" + serialCheckSymbol("7K3M9QX2PA")
    const url = stampUrl("https://shop.example.vn/", { serial, gtin: "8934563138165", lot: "L2026/05" })
    expect(url).toBe(`https://shop.example.vn/01/08934563138165/10/L2026%2F05/21/${serial}`)
    expect(stampUrl("https://shop.example.vn", { serial: "TN-2026-0001" })).toBe("https://shop.example.vn/truy-xuat/TN-2026-0001")
    expect(parseDigitalLink(new URL(url).pathname)).toEqual({ gtin: "08934563138165", lot: "L2026/05", serial })
    expect(parseDigitalLink(`/01/08934563138166/21/${serial}`)).toBeNull()
  })
})

describe("OCOP metadata keys", () => {
  it("refuses keys that are no OCOP field, naming each, and a story over 5,000 characters", () => {
    const r = parseOcopMetadata({ hacked: true, producer_id: "x", ocop_story: "a".repeat(5001) })
    expect(r.ok).toBe(false)
    const fields = r.ok ? [] : r.errors.map((e) => e.field)
    expect(fields).toEqual(expect.arrayContaining(["metadata.hacked", "metadata.producer_id", "metadata.ocop_story"]))
  })
})
