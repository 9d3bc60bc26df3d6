// Words shoppers type for what the catalogue calls otherwise. Each rule makes
// a query that contains `from` (as whole words, diacritics and case ignored)
// also find `to`; `both` rules work in either direction. Staff-editable
// synonyms (an admin page over a table) are a later step: until then this list
// is the one source for both providers — the OCOP provider expands queries with
// it (modules/ocop-search/text.ts), Meilisearch gets it as its `synonyms`
// setting (search/product.ts).
export type SynonymRule = { from: string; to: string; both?: boolean }

export const SYNONYMS: SynonymRule[] = [
  { from: "cafe", to: "cà phê" },
  { from: "coffee", to: "cà phê" },
  { from: "caphe", to: "cà phê" },
  { from: "trà", to: "chè", both: true },
  { from: "tea", to: "chè" },
  { from: "ruou", to: "rượu" },
  { from: "wine", to: "rượu" },
  { from: "mat ong", to: "mật ong" },
  { from: "honey", to: "mật ong" },
  { from: "fish sauce", to: "nước mắm" },
  { from: "nuoc mam", to: "nước mắm" },
  { from: "bánh tráng", to: "bánh đa", both: true },
]

/** The rules in Meilisearch's `synonyms` setting shape: each word or phrase → what it also finds. */
export function meilisearchSynonyms(rules: SynonymRule[] = SYNONYMS): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const add = (from: string, to: string) => (out[from] = [...new Set([...(out[from] ?? []), to])])
  for (const r of rules) {
    add(r.from, r.to)
    if (r.both) add(r.to, r.from)
  }
  return out
}
