import { describe, expect, it } from "vitest"
import { richTextToPlain, sanitizeRichText } from "./rich-text"

describe("producer rich text", () => {
  it("keeps simple formatting and links, marked as user content", () => {
    expect(sanitizeRichText('<p>Mật ong <strong>bạc hà</strong> <a href="https://ocop.vn">xem</a></p>')).toBe(
      '<p>Mật ong <strong>bạc hà</strong> <a href="https://ocop.vn" rel="nofollow noopener ugc">xem</a></p>'
    )
  })

  it("drops scripts, event handlers, styles, frames and javascript: links", () => {
    const dirty =
      '<p onclick="steal()">Chè<script>alert(1)</script></p><img src=x onerror="alert(2)"><iframe src="https://evil"></iframe>' +
      '<a href="javascript:alert(3)">x</a><style>body{display:none}</style><svg onload=alert(4)>'
    const clean = sanitizeRichText(dirty)
    expect(clean).not.toMatch(/script|onerror|onclick|onload|iframe|javascript:|<img|<svg|<style/i)
    expect(clean).toContain("Chè")
  })

  it("gives plain text for meta descriptions", () => {
    expect(richTextToPlain("<p>Gạo <em>ST25</em></p>\n<ul><li>5 kg</li></ul>")).toBe("Gạo ST25 5 kg")
  })
})
