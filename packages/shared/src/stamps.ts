// Stamp serials, GTINs and the URL a stamp's QR carries.
//
// A serial is 10 random symbols of Crockford's base-32 alphabet (no I, L, O,
// U: nothing to misread on a printed label) and one Luhn mod 32 check symbol,
// so a mistyped serial is caught before any lookup and 2^50 possibilities make
// guessing a real one hopeless. Stamps migrated from the old free-text trace
// codes keep their printed form (LEGACY_SERIAL).

export const SERIAL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const RANDOM_LENGTH = 10
export const SERIAL_PATTERN = /^[0-9A-HJKMNP-TV-Z]{11}$/
/** the old trace codes printed before the registry (e.g. TN-2026-0001) */
export const LEGACY_SERIAL = /^[A-Z0-9][A-Z0-9-]{3,39}$/

/** Luhn mod N over the serial alphabet: catches every single wrong symbol and most swaps. */
export function serialCheckSymbol(body: string): string {
  const n = SERIAL_ALPHABET.length
  let factor = 2
  let sum = 0
  for (let i = body.length - 1; i >= 0; i--) {
    const code = SERIAL_ALPHABET.indexOf(body[i])
    if (code < 0) throw new Error(`"${body[i]}" is not a serial symbol`)
    let addend = factor * code
    factor = factor === 2 ? 1 : 2
    addend = Math.floor(addend / n) + (addend % n)
    sum += addend
  }
  return SERIAL_ALPHABET[(n - (sum % n)) % n]
}

export function newSerial(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(RANDOM_LENGTH))
  // 256 is a multiple of 32: taking the low five bits keeps every symbol equally likely
  const body = Array.from(bytes, (b) => SERIAL_ALPHABET[b & 31]).join("")
  return body + serialCheckSymbol(body)
}

export function isIssuedSerial(serial: string): boolean {
  return SERIAL_PATTERN.test(serial) && serialCheckSymbol(serial.slice(0, -1)) === serial.slice(-1)
}

/** A serial as typed or scanned: capitals, no spaces; null when it cannot be one. */
export function normaliseSerial(input: string): string | null {
  const s = input.trim().toUpperCase().replace(/\s+/g, "")
  if (SERIAL_PATTERN.test(s)) return isIssuedSerial(s) ? s : null
  return LEGACY_SERIAL.test(s) ? s : null
}

/** GS1 check digit (mod 10, weights 3/1 from the right) of the digits before it. */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const weight = (body.length - i) % 2 === 1 ? 3 : 1
    sum += Number(body[i]) * weight
  }
  return (10 - (sum % 10)) % 10
}

/** A GTIN-8/12/13/14 with a right check digit, as GTIN-14; null otherwise. */
export function toGtin14(input: string | null | undefined): string | null {
  const s = (input ?? "").trim()
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(s)) return null
  if (gtinCheckDigit(s.slice(0, -1)) !== Number(s.slice(-1))) return null
  return s.padStart(14, "0")
}

/** GS1 AI 10 (batch/lot): up to 20 characters of the GS1 character set 82, which we narrow to what prints and reads safely. */
export const LOT_PATTERN = /^[A-Za-z0-9\-./]{1,20}$/

/**
 * The URL a stamp's QR encodes: the GS1 Digital Link shape when the product has
 * a GTIN (`/01/<GTIN-14>/10/<lot>/21/<serial>`, lot only when there is one),
 * the shop's own `/truy-xuat/<serial>` otherwise. Both open the same trace page.
 */
export function stampUrl(origin: string, stamp: { serial: string; gtin?: string | null; lot?: string | null }): string {
  const base = origin.replace(/\/+$/, "")
  const gtin = toGtin14(stamp.gtin)
  if (!gtin) return `${base}/truy-xuat/${encodeURIComponent(stamp.serial)}`
  const lot = stamp.lot ? `/10/${encodeURIComponent(stamp.lot)}` : ""
  return `${base}/01/${gtin}${lot}/21/${encodeURIComponent(stamp.serial)}`
}

/** Reads a Digital Link path back (the storefront's /01/… route); null when it is not one. */
export function parseDigitalLink(path: string): { gtin: string; lot: string | null; serial: string } | null {
  const m = /^\/01\/(\d{14})(?:\/10\/([^/]+))?\/21\/([^/?#]+)\/?$/.exec(path)
  if (!m || !toGtin14(m[1])) return null
  const serial = normaliseSerial(decodeURIComponent(m[3]))
  return serial ? { gtin: m[1], lot: m[2] ? decodeURIComponent(m[2]) : null, serial } : null
}
