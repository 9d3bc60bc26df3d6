import { GROUPS, groupOfSubgroup, PRODUCER_TYPES, provinceByCode, SALES_POINT_TYPES, type ProducerType, type SalesPointType } from "@ocop/shared"
import type { Locale } from "./i18n"

/** A reference entry's name in the page's language (`name` is Vietnamese, `en` English). */
export function localName(locale: Locale, entry: { name: string; en: string }): string {
  return locale === "vi" ? entry.name : entry.en
}

/** Display names of the codes the backend speaks in, from the shared reference lists. */
export function groupLabel(code: string, locale: Locale): string {
  const g = GROUPS.find((x) => x.code === code)
  return g ? localName(locale, g) : code
}

export function provinceLabel(code: string, locale: Locale): string {
  const p = provinceByCode(code)
  return p ? localName(locale, p) : code
}

export function subgroupLabel(code: string, locale: Locale): string {
  const s = groupOfSubgroup(code)?.subgroups.find((x) => x.code === code)
  return s ? localName(locale, s) : code
}

export function producerTypeLabel(code: ProducerType, locale: Locale): string {
  return locale === "vi" ? PRODUCER_TYPES[code]?.name ?? code : PRODUCER_TYPES[code]?.en ?? code
}

export function salesPointTypeLabel(code: SalesPointType, locale: Locale): string {
  return locale === "vi" ? SALES_POINT_TYPES[code]?.name ?? code : SALES_POINT_TYPES[code]?.en ?? code
}

/** A Vietnamese address on one line, street first: "12 Lê Lợi, Phường Phú Xuân, Huế". */
export function placeLine(locale: Locale, street?: string | null, ward?: string | null, province?: string | null): string {
  return [street, ward, province ? provinceLabel(province, locale) : ""].filter(Boolean).join(", ")
}
