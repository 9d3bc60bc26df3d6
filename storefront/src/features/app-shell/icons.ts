// The icons drawn by scripts/draw-app-icons.mjs at build (astro.config.mjs runs it
// first). Imported, so each is served from /_astro/ under a name that changes with
// its content, cached for a year.
import appleTouch from "../../assets/app-icons/apple-touch-icon-180.png"
import favicon32 from "../../assets/app-icons/favicon-32.png"
import icon192 from "../../assets/app-icons/icon-192.png"
import icon512 from "../../assets/app-icons/icon-512.png"
import maskable512 from "../../assets/app-icons/icon-maskable-512.png"
// the bytes of /favicon.ico, for the endpoint that serves it at that fixed address
import faviconIco from "../../assets/app-icons/favicon.ico?inline"

export const THEME_COLOR = "#1f5f3a"
export const BACKGROUND_COLOR = "#fbfaf6"

export const ICONS = {
  favicon: favicon32.src,
  appleTouch: appleTouch.src,
  manifest: [
    { src: icon192.src, sizes: "192x192", type: "image/png", purpose: "any" },
    { src: icon512.src, sizes: "512x512", type: "image/png", purpose: "any" },
    { src: maskable512.src, sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
}

/** /favicon.ico as bytes (Vite inlines it as a data URL). */
export const faviconIcoBytes = (): ArrayBuffer => {
  const bytes = Buffer.from(faviconIco.slice(faviconIco.indexOf(",") + 1), "base64")
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}
