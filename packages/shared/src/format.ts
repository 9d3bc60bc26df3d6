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

export function formatDate(isoDay: string, locale = "vi-VN"): string {
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    new Date(isoDay.length === 10 ? isoDay + "T00:00:00Z" : isoDay)
  )
}

/** The shop's clock: dates and times people read are Vietnam's. */
export const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

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
