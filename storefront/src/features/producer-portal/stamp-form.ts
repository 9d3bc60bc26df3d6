import type { FieldProblem, ProducerProductView, StampBatch } from "@ocop/shared"
import { problemText } from "./field-messages"
import { wholeNumber } from "./islands/editor-form"
import { fill, type PortalWords } from "./words"

// The stamp request form (no JavaScript): what was typed, the body sent to
// `POST /producer/stamp-batches`, and the backend's answers in the page's words.
// The rules themselves are the backend's; nothing here repeats them.

export const STAMP_FIELDS = ["product_id", "quantity", "lot", "produced_on", "best_before", "note"] as const
export type StampField = (typeof STAMP_FIELDS)[number]
export type StampValues = Record<StampField, string>

export const emptyStampValues = (): StampValues => ({ product_id: "", quantity: "", lot: "", produced_on: "", best_before: "", note: "" })

/** What the producer typed, as typed (trimmed), so an error loses nothing. */
export function stampValues(form: FormData): StampValues {
  const v = emptyStampValues()
  for (const k of STAMP_FIELDS) v[k] = String(form.get(k) ?? "").trim()
  return v
}

/** The request body: empty fields left out; a quantity typed "1.000" is 1000, anything else goes as typed for the backend to judge. */
export function stampBody(v: StampValues): Record<string, unknown> {
  const n = wholeNumber(v.quantity)
  return {
    product_id: v.product_id,
    ...(v.quantity ? { quantity: Number.isFinite(n) ? n : v.quantity } : {}),
    ...(v.lot ? { lot: v.lot } : {}),
    ...(v.produced_on ? { produced_on: v.produced_on } : {}),
    ...(v.best_before ? { best_before: v.best_before } : {}),
    ...(v.note ? { note: v.note } : {}),
  }
}

/** The message beside one field: this form's own words where the generic ones would be vague. */
function stampProblemText(p: Pick<FieldProblem, "field" | "code" | "params">, w: PortalWords): string {
  switch (p.field) {
    case "product_id":
      if (p.code === "required" || p.code === "too_short" || p.code === "invalid_type") return w.err_choose_product
      break
    case "quantity":
      if (p.code === "required") return w.err_required
      if (p.code === "invalid_type" || p.code === "not_integer") return w.err_quantity_whole
      break
    case "lot":
      return w.err_lot
    case "produced_on":
    case "best_before":
      if (p.code === "invalid_format" || p.code === "invalid_type" || p.code === "invalid_date") return w.err_day
      // the only other rule on best_before: after produced_on (a refine without a code of its own)
      if (p.field === "best_before" && (p.code === "invalid" || p.code === "date_order")) return w.err_best_before_order
      break
  }
  return problemText(p, w)
}

/** Problems by field, one message each (the first wins); a problem naming no field of the form goes under `form`. */
export function stampProblems(problems: Pick<FieldProblem, "field" | "code" | "params">[], w: PortalWords): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of problems) {
    const field = (STAMP_FIELDS as readonly string[]).includes(p.field) ? p.field : "form"
    out[field] ??= field === "form" ? w.stampsFailed : stampProblemText(p, w)
  }
  return out
}

/**
 * What a refused request says, by field: the fields the backend names, each in the
 * page's words; when it names none of the form's fields (a problem of the whole
 * body), a 404 is a product not (or no longer) theirs and a 400 about the
 * certificate a product without a verified certificate in date. null: not a refusal
 * the form can explain (the page fails as any other error).
 */
export function stampErrors(status: number, message: string, problems: Pick<FieldProblem, "field" | "code" | "params">[], w: PortalWords): Record<string, string> | null {
  if (status === 404) return { product_id: w.err_not_found }
  if (status !== 400) return null
  if (problems.some((p) => (STAMP_FIELDS as readonly string[]).includes(p.field))) return stampProblems(problems, w)
  const said = [message, ...problems.map((p) => ("message" in p ? String(p.message) : ""))].join(" ")
  return /certif/i.test(said) ? { product_id: w.stampsNotCertified } : { form: w.stampsFailed }
}

/** Stamps vouch for a certificate: only a product staff verified, with its certificate in date, can get them. */
export const stampable = (p: Pick<ProducerProductView, "verification" | "certificate_status">) =>
  p.verification.status === "verified" && (p.certificate_status === "valid" || p.certificate_status === "expiring")

export const BATCH_TONE: Record<StampBatch["status"], "wait" | "ok" | "action"> = { requested: "wait", issued: "ok", declined: "action" }

/** A batch's status in plain words: "Chờ cán bộ duyệt", "Đã phát hành", "Bị từ chối: <lý do>". */
export function batchStatusText(b: Pick<StampBatch, "status" | "note">, w: PortalWords): string {
  if (b.status === "declined") return fill(w.stamp_declined, { reason: b.note?.trim() || w.noReason })
  return b.status === "issued" ? w.stamp_issued : w.stamp_requested
}
