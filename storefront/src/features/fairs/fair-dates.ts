import type { Fair } from "./loaders"
import { localDate, type Locale } from "../../lib/i18n"

/** A fair's days as plain text ("1/12/2026 – 3/12/2026"), for a page description or the print page; components/FairDates.astro is the same in <time> elements. */
export function fairDatesText(locale: Locale, fair: Pick<Fair, "starts_at" | "ends_at">): string {
  return `${localDate(locale, fair.starts_at)} – ${localDate(locale, fair.ends_at)}`
}
