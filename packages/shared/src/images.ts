// Product images are encoded once, when uploaded or seeded, at these widths
// and formats; pages pick from them with srcset instead of resizing per request.
export const IMAGE_WIDTHS = [400, 800] as const
export const IMAGE_FORMATS = ["avif", "webp"] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

/** `…/name-800.webp` → `…/name-400.avif` (the naming contract of processed images). */
export function imageVariantUrl(url: string, width: number, format: ImageFormat): string {
  return url.replace(/-\d+\.(webp|avif|jpe?g|png)$/, `-${width}.${format}`)
}

export function imageSrcSet(url: string, format: ImageFormat): string {
  return IMAGE_WIDTHS.map((w) => `${imageVariantUrl(url, w, format)} ${w}w`).join(", ")
}

/** Seeded images follow the `-<width>.<format>` contract; uploads are one `-800w.webp` plus a `-400w.webp` thumbnail. */
export function hasImageVariants(url: string): boolean {
  return /-\d+\.(webp|avif|jpe?g|png)$/.test(url)
}
