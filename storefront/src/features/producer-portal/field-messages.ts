import type { FieldProblem } from "@ocop/shared"
import { fill } from "../../lib/i18n/fill"
import type { PortalKey, PortalWords } from "./words"

// The backend names a bad field by its path in the body and a stable code;
// the portal says it in the page's language, beside the field it belongs to.
// The field's input carries the same path as its `data-field` attribute.

const LABELS: [RegExp, PortalKey][] = [
  [/^title$/, "title"],
  [/^subtitle$/, "subtitle"],
  [/^description$/, "description"],
  [/^story$/, "story"],
  [/^image_ids/, "photos"],
  [/^certificate_scan_id$/, "scan"],
  [/^variants\.\d+\.title$/, "variant"],
  [/^variants\.\d+\.price$/, "price"],
  [/^variants\.\d+\.stock$/, "stock"],
  [/^variants$/, "variants"],
  [/^ocop\.ocop_stars$/, "stars"],
  [/^ocop\.ocop_group$/, "group"],
  [/^ocop\.ocop_subgroup$/, "subgroup"],
  [/^ocop\.ocop_province$/, "province"],
  [/^ocop\.ocop_legacy_province$/, "legacyProvince"],
  [/^ocop\.ocop_certificate\.number$/, "certNumber"],
  [/^ocop\.ocop_certificate\.issued_at$/, "issuedAt"],
  [/^ocop\.ocop_certificate\.expires_at$/, "expiresAt"],
  [/^ocop\.ocop_certificate\.issuer$/, "issuer"],
  [/^(email|identifier)$/, "email"],
  [/^password$/, "password"],
  [/^name$/, "name"],
  [/^tracking_number$/, "tracking"],
  [/^carrier$/, "carrier"],
]

/** The label of the field a path names ("Giá (đồng)", "Quy cách 2 — Giá (đồng)"). */
export function fieldLabel(field: string, w: PortalWords): string {
  const label = LABELS.find(([re]) => re.test(field))?.[1]
  const size = /^variants\.(\d+)\./.exec(field)
  const base = label ? w[label] : field
  return size ? `${fill(w.sizeN, { n: Number(size[1]) + 1 })} — ${base}` : base
}

/** The message for one problem, in the words given. */
export function problemText(p: Pick<FieldProblem, "code" | "params">, w: PortalWords): string {
  const key = `err_${p.code}` as PortalKey
  const params = { ...p.params }
  // money limits read as money
  for (const k of ["min", "max"] as const) {
    if (typeof params[k] === "number" && Number(params[k]) >= 1000) params[k] = Number(params[k]).toLocaleString(w.numberLocale)
  }
  return fill(w[key] ?? w.err_invalid, params)
}

/** Problems by field path, one message each (the first wins). */
export function problemsByField(problems: Pick<FieldProblem, "field" | "code" | "params">[], w: PortalWords): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of problems) out[p.field] ??= problemText(p, w)
  return out
}
