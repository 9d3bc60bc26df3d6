import { localePath, type Locale } from "../../lib/i18n"

// The portal's pages, the same after the /en prefix in both languages.
export const PORTAL_PATH = "/kenh-nguoi-ban"

export const portalPath = (locale: Locale, rest = "") => localePath(locale, `${PORTAL_PATH}${rest}`)
