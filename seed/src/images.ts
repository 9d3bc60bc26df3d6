// Product pictures for the demo catalogue, drawn once at seed time and encoded
// at every width/format the storefront serves (AVIF + WebP). A picture that
// already exists on disk is not encoded again, so reseeding is cheap.
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import sharp from "sharp"
import { IMAGE_FORMATS, IMAGE_WIDTHS } from "@ocop/shared"
import { stableHash } from "./catalogue"

const PALETTES: Record<string, [string, string, string]> = {
  food: ["#f4d35e", "#ee964b", "#7a4419"],
  beverage: ["#9bc53d", "#3f7d20", "#1b4332"],
  herbal: ["#a8d5ba", "#4f772d", "#31572c"],
  handicraft: ["#e9c46a", "#b5651d", "#5c3317"],
  ornamental: ["#ffafcc", "#cdb4db", "#6a4c93"],
  tourism: ["#8ecae6", "#219ebc", "#023047"],
}

function svgFor(handle: string, group: string, stars: number): string {
  const [light, mid, dark] = PALETTES[group] ?? PALETTES.food
  const h = stableHash(handle)
  const shapes = Array.from({ length: 7 }, (_, k) => {
    const v = stableHash(handle + k)
    const cx = 80 + (v % 640)
    const cy = 80 + ((v >>> 10) % 640)
    const r = 40 + ((v >>> 20) % 140)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${k % 2 ? mid : light}" fill-opacity="0.55"/>`
  }).join("")
  const star = (x: number) =>
    `<polygon transform="translate(${x} 700) scale(1.6)" fill="#ffd700" stroke="${dark}" stroke-width="2" points="0,-20 6,-6 21,-6 9,3 13,18 0,9 -13,18 -9,3 -21,-6 -6,-6"/>`
  const stars_ = Array.from({ length: stars }, (_, k) => star(400 - (stars - 1) * 30 + k * 60)).join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
<rect width="800" height="800" fill="url(#g)"/>${shapes}
<ellipse cx="400" cy="${380 + (h % 40)}" rx="210" ry="230" fill="${dark}" fill-opacity="0.85"/>
<ellipse cx="400" cy="${380 + (h % 40)}" rx="150" ry="170" fill="${light}" fill-opacity="0.9"/>
${stars_}</svg>`
}

/** Writes `<dir>/<handle>-<width>.<format>` for every size; returns the 800px WebP file name. */
export async function renderProductImage(dir: string, handle: string, group: string, stars: number): Promise<string> {
  await mkdir(dir, { recursive: true })
  const main = `${handle}-${IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]}.webp`
  const todo = IMAGE_WIDTHS.flatMap((w) => IMAGE_FORMATS.map((f) => ({ w, f, path: join(dir, `${handle}-${w}.${f}`) }))).filter(
    (x) => !existsSync(x.path)
  )
  if (!todo.length) return main
  const base = sharp(Buffer.from(svgFor(handle, group, stars)))
  await Promise.all(
    todo.map(({ w, f, path }) => {
      const img = base.clone().resize(w, w)
      return (f === "avif" ? img.avif({ quality: 55, effort: 2 }) : img.webp({ quality: 78 })).toFile(path)
    })
  )
  return main
}
