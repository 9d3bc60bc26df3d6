import { describe, expect, it } from "vitest"
import { englishPattern } from "./english-pages.mjs"

describe("one page tree: the English URL of each page file", () => {
  it("is the Vietnamese route under /en, index files included", () => {
    expect(englishPattern("index.astro")).toBe("/en")
    expect(englishPattern("san-pham/index.astro")).toBe("/en/san-pham")
    expect(englishPattern("san-pham/[handle].astro")).toBe("/en/san-pham/[handle]")
    expect(englishPattern("hoi-cho/[handle]/in.astro")).toBe("/en/hoi-cho/[handle]/in")
    expect(englishPattern("kenh-nguoi-ban/san-pham/[id]/gia-ton-kho.astro")).toBe("/en/kenh-nguoi-ban/san-pham/[id]/gia-ton-kho")
    expect(englishPattern("manifest.webmanifest.ts")).toBe("/en/manifest.webmanifest")
  })
})
