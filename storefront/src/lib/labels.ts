import { GROUPS, provinceByCode } from "@ocop/shared"
import type { Locale } from "./i18n"

/** Display names of the codes the backend speaks in, from the shared reference lists. */
export function groupLabel(code: string, locale: Locale): string {
  const g = GROUPS.find((x) => x.code === code)
  return g ? (locale === "vi" ? g.name : g.en) : code
}

export function provinceLabel(code: string, locale: Locale): string {
  const p = provinceByCode(code)
  return p ? (locale === "vi" ? p.name : p.en) : code
}
