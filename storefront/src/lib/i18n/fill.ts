// Alone in its module, with no imports: islands (the producer's product
// editor) fill their words with it without bundling the shop's dictionaries.

/** Fills `{name}` placeholders of a feature's words. */
export function fill(text: string, values: Record<string, string | number | undefined> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k) => (values[k] === undefined ? m : String(values[k])))
}
