// Producer-written descriptions may carry a little formatting; nothing else
// survives (no scripts, event handlers, styles, iframes or javascript: links).
// Kept out of the package index so browser islands never bundle sanitize-html.
// sanitize-html stays at 2.13, the last release whose parser loads with require()
// (this package is CommonJS); its types come from @types/sanitize-html 2.13.
import sanitizeHtml from "sanitize-html"

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a"],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener ugc" }) },
}

export function sanitizeRichText(html: string | null | undefined): string {
  return html ? sanitizeHtml(html, OPTIONS).trim() : ""
}

/** Plain text for meta descriptions, search and e-mails. */
export function richTextToPlain(html: string | null | undefined): string {
  return html ? sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim() : ""
}
