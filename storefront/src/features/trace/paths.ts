import { localePath, type Locale } from "../../lib/i18n"

// The trace pages, the same after the /en prefix in both languages:
// /truy-xuat            check a stamp (form), report a stamp (POST), thank-you
// /truy-xuat/<serial>   one stamp's trace record — the canonical page of a stamp
// /01/<GTIN>/…/21/<serial>  the GS1 Digital Link a stamp's QR carries when the product has a GTIN
export const TRACE_PATH = "/truy-xuat"

export const deskPath = (locale: Locale) => localePath(locale, TRACE_PATH)
export const tracePath = (locale: Locale, serial: string) => localePath(locale, `${TRACE_PATH}/${encodeURIComponent(serial)}`)
