import { formatDateTime, formatVietnamDate } from "@ocop/shared"
import { en } from "./en"
import { vi } from "./vi"

// The i18n core: the page's language, the shared words every feature uses
// (vi.ts, en.ts: page frame, header, footer, words several features share),
// the pattern of a feature's own words (`wordsByLocale`, a feature's
// words.ts), paths in either language and dates and numbers as the language
// writes them.
export type Locale = "vi" | "en"
export const LOCALES: Locale[] = ["vi", "en"]

export type MessageKey = keyof typeof vi

const messages: Record<Locale, Record<MessageKey, string>> = { vi, en }

/** Every key exists in both languages (checked by the unit test). */
export const MESSAGE_KEYS = { vi: Object.keys(messages.vi), en: Object.keys(messages.en) }

export function t(locale: Locale, key: MessageKey): string {
  return messages[locale][key]
}

/** A feature's words with the same keys in both languages: `Translation<typeof vi>` types the English side, so a missing or misspelt translation is a type error. */
export type Translation<Vi> = Record<keyof Vi, string>

/** A feature's words in the page's language: `const w = cartWords(locale)`, then `w.emptyCart`. */
export function wordsByLocale<Words>(vi: Words, en: Words): (locale: Locale) => Words {
  return (locale) => (locale === "en" ? en : vi)
}

/** A word picked by a key built from data (`pay_${provider}`, `fair_${status}`): the key itself when the words have none for it. */
export function wordFor(words: object, key: string): string {
  return (words as Record<string, string>)[key] ?? key
}

/** The same page in the other language. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return to === "en" ? (bare === "/" ? "/en/" : `/en${bare}`) : bare
}

/** The page's language from Astro's i18n routing: `/en/…` is English, every other URL Vietnamese. */
export function pageLocale(currentLocale: string | undefined): Locale {
  return currentLocale === "en" ? "en" : "vi"
}

export function localePath(locale: Locale, path: string): string {
  return locale === "en" ? `/en${path === "/" ? "/" : path}` : path
}

export function numberLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US"
}

/** A day ("2027-01-02") as the page's language writes it; a full timestamp counts as its day in Vietnam (Asia/Ho_Chi_Minh) — `formatVietnamDate` of @ocop/shared. */
export function localDate(locale: Locale, iso?: string | null): string {
  return formatVietnamDate(iso, numberLocale(locale))
}

/** A moment (full timestamp) as a date and time in Vietnam (Asia/Ho_Chi_Minh), in the page's language. */
export function localDateTime(locale: Locale, iso?: string | null): string {
  return iso ? formatDateTime(iso, numberLocale(locale)) : ""
}

// a delivery option's words in the page's language: @ocop/shared delivery.ts holds them with the options
export { deliveryOptionText as deliveryText } from "@ocop/shared"

// fill() lives alone so islands can use it without shipping these dictionaries
export { fill } from "./fill"
