import { normaliseSerial, parseDigitalLink, type StarHistoryEntry, type TraceRecord } from "@ocop/shared"
import type { AstroGlobal } from "astro"
import type { Locale } from "../../lib/i18n"
import { ReportError, sendReport, shopperAddress, starHistory, traceRecord } from "./backend"
import { deskPath, tracePath } from "./paths"
import { digitalLinkMatches, readReport, REPORT_LIMITS, type ReportInput, type ReportProblems } from "./trace-facts"
import { fill, traceWords } from "./words"

// Page loaders of the trace feature. Each page of src/pages calls one and
// renders the feature's view with what it answers.

export interface TracePage {
  /** what the shopper asked for, as asked (shown when it is not found) */
  code: string
  record: TraceRecord | null
}

/** `/truy-xuat/<serial>`: one stamp; 404 when the serial cannot be one or the backend does not know it. */
export async function loadTrace(astro: AstroGlobal, code: string): Promise<TracePage> {
  const serial = normaliseSerial(code)
  const record = serial ? await traceRecord(serial, shopperAddress(astro)) : null
  if (!record) astro.response.status = 404
  return { code, record }
}

/**
 * `/01/<GTIN-14>[/10/<lot>]/21/<serial>`: the GS1 Digital Link on the stamps
 * of products with a GTIN. The same record as `/truy-xuat/<serial>`, or 404
 * when the GTIN or lot of the link is not the stamp's batch's.
 */
export async function loadDigitalLink(astro: AstroGlobal): Promise<TracePage> {
  const link = parseDigitalLink(astro.url.pathname)
  let record = link ? await traceRecord(link.serial, shopperAddress(astro)) : null
  if (link && record && !digitalLinkMatches(link, record)) record = null
  if (!record) astro.response.status = 404
  const last = astro.url.pathname.split("/").filter(Boolean).at(-1) ?? ""
  return { code: link?.serial ?? safeDecode(last), record }
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** A product's star history for its page (empty when there is none to show). */
export const loadStarHistory = (productId: string): Promise<StarHistoryEntry[]> => starHistory(productId)

export interface DeskPage {
  /** the stamp-check form: what was typed, and why it is not a serial */
  check: { value: string; error: string | null }
  /** the report form after a failed send; null before */
  report: { input: ReportInput; problems: ReportProblems; error: string | null } | null
  /** the serial a report was just sent about (the thank-you) */
  reported: string | null
}

/**
 * `/truy-xuat`: check a stamp (GET `?ma=<code>` goes to its trace page) and
 * report one (POST, then redirect to the thank-you). No JavaScript needed.
 */
export async function loadDesk(astro: AstroGlobal, locale: Locale): Promise<DeskPage | Response> {
  const w = traceWords(locale)
  const page: DeskPage = { check: { value: "", error: null }, report: null, reported: null }
  if (astro.request.method === "POST") {
    const form = await astro.request.formData()
    if (form.get("intent") !== "report") return new Response(null, { status: 400 })
    const { input, problems, body } = readReport(form, w)
    let error: string | null = null
    if (!body) {
      astro.response.status = 400
    } else {
      try {
        await sendReport(body, shopperAddress(astro))
        return astro.redirect(`${deskPath(locale)}?reported=${encodeURIComponent(body.serial)}`, 303)
      } catch (e) {
        if (!(e instanceof ReportError)) throw e
        const busy = e.status === 429
        error = busy ? w.reportBusy : w.reportFailed
        if (!busy) console.error(`trace report: ${e.status} ${e.message}`)
        astro.response.status = busy ? 429 : e.status === 400 ? 400 : 503
      }
    }
    return { ...page, report: { input, problems, error } }
  }
  const asked = astro.url.searchParams.get("ma")
  if (asked !== null) {
    const serial = normaliseSerial(asked)
    if (serial) return astro.redirect(tracePath(locale, serial), 303)
    const value = asked.trim()
    if (value) {
      astro.response.status = 400
      return { ...page, check: { value, error: fill(w.checkInvalid, { code: value }) } }
    }
  }
  return { ...page, reported: astro.url.searchParams.get("reported")?.trim().slice(0, REPORT_LIMITS.serial) || null }
}
