// sanitize-html 2.13 (the last release whose parser loads with require()) ships no types; this is the part we use.
declare module "sanitize-html" {
  namespace sanitizeHtml {
    interface IOptions {
      allowedTags?: string[]
      allowedAttributes?: Record<string, string[]>
      allowedSchemes?: string[]
      disallowedTagsMode?: "discard" | "escape" | "recursiveEscape"
      transformTags?: Record<string, (tagName: string, attribs: Record<string, string>) => { tagName: string; attribs: Record<string, string> }>
    }
    function simpleTransform(tagName: string, attribs: Record<string, string>, merge?: boolean): (tagName: string, attribs: Record<string, string>) => { tagName: string; attribs: Record<string, string> }
  }
  function sanitizeHtml(dirty: string, options?: sanitizeHtml.IOptions): string
  export = sanitizeHtml
}
