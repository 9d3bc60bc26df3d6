import {
  normaliseSerial,
  toGtin14,
  type CertificateRecordStatus,
  type TraceCertificateStatus,
  type TraceRecord,
} from "@ocop/shared"
import { localDate, type Locale } from "../../lib/i18n"
import { fill, type TraceWords } from "./words"

// What the trace pages decide without the backend: a certificate's status in
// plain words, whether a Digital Link names the stamp's own batch, and what a
// shopper's report form holds.

export type Tone = "ok" | "warn" | "bad" | "wait"

export const CERT_TONE: Record<TraceCertificateStatus, Tone> = {
  valid: "ok",
  expiring: "warn",
  expired: "bad",
  revoked: "bad",
  superseded: "warn",
  pending: "wait",
}

export const HISTORY_TONE: Record<CertificateRecordStatus, Tone> = {
  verified: "ok",
  pending: "wait",
  rejected: "bad",
  revoked: "bad",
  expired: "bad",
  superseded: "wait",
}

type Certificate = NonNullable<TraceRecord["certificate"]>

/** "Còn hiệu lực", "Sắp hết hạn: còn hiệu lực đến 20/11/2027", "Đã bị thu hồi"… and a sentence on what it means. */
export function certificateStatusText(cert: Pick<Certificate, "status" | "expires_at">, w: TraceWords, locale: Locale) {
  const date = localDate(locale, cert.expires_at)
  return {
    tone: CERT_TONE[cert.status],
    text: fill(w[`cert_${cert.status}` as keyof TraceWords], { date }),
    note: w[`certNote_${cert.status}` as keyof TraceWords],
  }
}

export const historyStatusText = (status: CertificateRecordStatus, w: TraceWords) => w[`hist_${status}` as keyof TraceWords]

/**
 * A GS1 Digital Link opens a stamp only when its GTIN and lot are the stamp's
 * batch's (a copied serial under another product's GTIN is not that stamp).
 * The lot segment may be left out; the GTIN may not.
 */
export function digitalLinkMatches(link: { gtin: string; lot: string | null; serial: string }, record: Pick<TraceRecord, "serial" | "batch">): boolean {
  const gtin = toGtin14(record.batch.gtin)
  if (!gtin || gtin !== link.gtin) return false
  if (link.lot !== null && link.lot !== record.batch.lot) return false
  return normaliseSerial(record.serial) === link.serial
}

// the backend's limits (POST /store/trace/reports)
export const REPORT_LIMITS = { serial: 60, message: 1000, contact: 200 } as const

export interface ReportInput {
  serial: string
  message: string
  contact: string
}

export type ReportProblems = Partial<Record<keyof ReportInput, string>>

export interface ReportBody {
  serial: string
  message?: string
  contact?: string
}

// browsers send a textarea's line breaks as CRLF, while its maxlength counted each as one character
const text = (form: FormData, name: string) => String(form.get(name) ?? "").replace(/\r\n?/g, "\n").trim()

/** Reads a report form: what the shopper typed (to show again), its problems in their words, and the backend's body when there are none. */
export function readReport(form: FormData, w: TraceWords): { input: ReportInput; problems: ReportProblems; body: ReportBody | null } {
  const raw = text(form, "serial")
  const input: ReportInput = { serial: normaliseSerial(raw) ?? raw, message: text(form, "message"), contact: text(form, "contact") }
  const problems: ReportProblems = {}
  if (!input.serial) problems.serial = w.err_serial_required
  else if (input.serial.length > REPORT_LIMITS.serial) problems.serial = fill(w.err_serial_long, { max: REPORT_LIMITS.serial })
  if (input.message.length > REPORT_LIMITS.message) problems.message = fill(w.err_message_long, { max: REPORT_LIMITS.message, n: input.message.length })
  if (input.contact.length > REPORT_LIMITS.contact) problems.contact = fill(w.err_contact_long, { max: REPORT_LIMITS.contact })
  if (Object.keys(problems).length) return { input, problems, body: null }
  return {
    input,
    problems,
    body: { serial: input.serial, ...(input.message && { message: input.message }), ...(input.contact && { contact: input.contact }) },
  }
}
