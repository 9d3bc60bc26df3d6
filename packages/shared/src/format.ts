// Money and date formatting shared by storefront and emails. VND has no minor
// unit: Medusa stores 125000 for 125.000 ₫.

const moneyFormats = new Map<string, Intl.NumberFormat>()

export function formatMoney(amount: number, currency = "vnd", locale = "vi-VN"): string {
  const key = `${locale}|${currency}`
  let f = moneyFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() })
    moneyFormats.set(key, f)
  }
  return f.format(amount)
}

/** The shop's clock: dates and times people read are Vietnam's. */
export const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

const vietnamDayFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: SHOP_TIME_ZONE })

/**
 * The calendar day (YYYY-MM-DD) it is in Vietnam at `now` — never UTC's: at 17:30 UTC it is
 * already 00:30 of the next day in Vietnam (UTC+7, no daylight saving). Every "today"
 * (certificate expiry, reports, order dates, seed dates) comes from here.
 */
export function vietnamToday(now: Date | string | number = new Date()): string {
  return vietnamDayFormat.format(new Date(now))
}

/**
 * The Vietnam calendar day of a value: a plain day "2026-11-20" is that day as written; a moment
 * (an ISO timestamp or a Date) is the day it was in Vietnam. "" for nothing or garbage.
 */
export function vietnamDayOf(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return ""
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? "" : vietnamDayFormat.format(d)
}

/** A day for people to read, in Vietnam's calendar: vi-VN "20/11/2026", en-US "11/20/2026". */
export function formatVietnamDate(value: Date | string | number | null | undefined, locale = "vi-VN"): string {
  const day = vietnamDayOf(value)
  if (!day) return ""
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(new Date(day + "T00:00:00Z"))
}

/** @deprecated name kept for callers: same as formatVietnamDate. */
export function formatDate(isoDay: string, locale = "vi-VN"): string {
  return formatVietnamDate(isoDay, locale)
}

/** A moment (an ISO timestamp) as date and time in Vietnam: vi-VN "06:30 02/01/2027", en-US "01/02/2027, 06:30". */
export function formatDateTime(iso: string, locale = "vi-VN"): string {
  return new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: SHOP_TIME_ZONE,
  }).format(new Date(iso))
}

/** Lower-case, strip Vietnamese diacritics (đ → d): what people type on a phone without a VN keyboard. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

// Export-region (USD) prices follow the VND price at a fixed reference rate.
export const USD_PER_VND = 1 / 25400

export function usdPriceOf(vnd: number): number {
  return Math.max(1, Math.round(vnd * USD_PER_VND * 100) / 100)
}
