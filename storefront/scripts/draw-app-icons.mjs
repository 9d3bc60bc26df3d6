// The shop's icons, drawn once per build from one SVG with sharp: Android's 192
// and 512 (and a maskable 512 whose picture stays inside the safe circle), iOS's
// apple-touch-icon (180, no transparency: iOS paints transparent corners black),
// a 32 px favicon and /favicon.ico. Written to src/assets/app-icons/ (not kept in
// git); pages import them, so Vite names them by their content under /_astro/
// and they are cached for a year.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import sharp from "sharp"

export const THEME_COLOR = "#1f5f3a" // --green of src/styles/global.css
export const BACKGROUND_COLOR = "#fbfaf6" // --bg

/** A gold OCOP star over a market stall's awning on the shop's green; `inset` shrinks the picture (maskable icons). */
function iconSvg({ inset = 0, rounded = false } = {}) {
  const s = 512
  const scale = 1 - inset * 2
  const offset = s * inset
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 58 : 140
    const a = (Math.PI / 5) * i - Math.PI / 2
    return `${(256 + r * Math.cos(a)).toFixed(1)},${(300 + r * Math.sin(a)).toFixed(1)}`
  }).join(" ")
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${rounded ? 96 : 0}" fill="${THEME_COLOR}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="M64 150 L128 70 H384 L448 150 Z" fill="#fff"/>
    <path d="M64 150 q32 40 64 0 q32 40 64 0 q32 40 64 0 q32 40 64 0 q32 40 64 0 q32 40 64 0 Z" fill="#f2c14e"/>
    <polygon points="${star}" fill="#f2c14e" stroke="#fff" stroke-width="10" stroke-linejoin="round"/>
  </g>
</svg>`
}

/** An .ico holding one PNG (allowed since Windows Vista; every browser reads it). */
function icoOf(png, size) {
  const header = Buffer.alloc(22)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(size, 6)
  header.writeUInt8(size, 7)
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(png.length, 14)
  header.writeUInt32LE(22, 18) // the PNG follows the header
  return Buffer.concat([header, png])
}

const OUT = new URL("../src/assets/app-icons/", import.meta.url)
const png = (svg, size) => sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toBuffer()

/** Draws the icons unless they are newer than this script. */
export async function drawAppIcons(out = OUT) {
  const dir = fileURLToPath(out)
  const marker = new URL("favicon.ico", out)
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) return false
  mkdirSync(dir, { recursive: true })
  const plain = iconSvg({ rounded: false })
  const files = {
    "icon-192.png": await png(plain, 192),
    "icon-512.png": await png(plain, 512),
    // the safe zone of a maskable icon is the centred circle of 80 % of its width
    "icon-maskable-512.png": await png(iconSvg({ inset: 0.12 }), 512),
    "apple-touch-icon-180.png": await png(plain, 180),
    "favicon-32.png": await png(iconSvg({ rounded: true }), 32),
  }
  files["favicon.ico"] = icoOf(files["favicon-32.png"], 32)
  for (const [name, bytes] of Object.entries(files)) writeFileSync(new URL(name, out), bytes)
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await drawAppIcons()
  console.log(`app icons in ${fileURLToPath(OUT)}: ${readFileSync(fileURLToPath(new URL("favicon.ico", OUT))).length} B favicon.ico and 5 PNGs`)
}
