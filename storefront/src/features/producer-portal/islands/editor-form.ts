import type { ProducerProductView } from "@ocop/shared"
import { fill } from "../../../lib/i18n/fill"
import type { PortalWords } from "../words"

// The product editor's form state, the body it sends and the checks it makes
// before sending (the backend checks again; these only save a round trip).
// Field names are the body's paths, so the backend's problems land on the same inputs.

export type SizeRow = { id?: string; title: string; price: string; stock: string; reserved?: number }
export type Photo = { id: string | null; url: string }

export interface EditorState {
  title: string
  subtitle: string
  description: string
  story: string
  photos: Photo[]
  photosChanged: boolean
  sizes: SizeRow[]
  stars: string
  group: string
  subgroup: string
  province: string
  legacy: string
  cert: { number: string; issued_at: string; expires_at: string; issuer: string }
  scan: { id: string; url: string } | null
}

export function initialState(product: ProducerProductView | null, firstGroup: string): EditorState {
  const m: ProducerProductView["ocop"] = product?.ocop ?? {}
  // each photo with its upload's id (the portal's product view gives both), so a save names the files to keep
  const photos: Photo[] = product?.photos ?? []
  return {
    title: product?.title ?? "",
    subtitle: product?.subtitle ?? "",
    description: product?.description ?? "",
    story: product?.story ?? "",
    photos,
    photosChanged: false,
    sizes: product?.variants.map((v) => ({ id: v.id, title: v.title, price: String(v.price), stock: String(v.stock), reserved: v.reserved })) ?? [
      { title: "", price: "", stock: "" },
    ],
    stars: String(m.ocop_stars ?? "3"),
    group: m.ocop_group ?? firstGroup,
    subgroup: m.ocop_subgroup ?? "",
    province: m.ocop_province ?? "",
    legacy: m.ocop_legacy_province ?? "",
    cert: { number: "", issued_at: "", expires_at: "", issuer: "", ...(m.ocop_certificate ?? {}) },
    scan: null,
  }
}

/**
 * A draft kept in the browser from before a subgroup moved group (tea and coffee became food,
 * Decision 148/QĐ-TTg) is restored under the group that holds its subgroup now.
 */
export function mendDraft(draft: EditorState, groups: readonly { code: string; subgroups: readonly { code: string }[] }[]): EditorState {
  const holds = (g: { subgroups: readonly { code: string }[] }) => g.subgroups.some((x) => x.code === draft.subgroup)
  if (!draft.subgroup || groups.some((g) => g.code === draft.group && holds(g))) return draft
  const home = groups.find(holds)
  return home ? { ...draft, group: home.code } : draft
}

/** "125.000" or "125 000" as typed on a phone; NaN unless a whole number. */
export const wholeNumber = (s: string) => (/^\s*[\d.\s]+\s*$/.test(s) && s.trim() !== "" ? Number(s.replace(/[.\s]/g, "")) : NaN)

/** The price and stock of size `i` as typed, checked the same way by the editor and the quick price-and-stock form. */
export function sizeNumberProblems(i: number, price: string, stock: string, w: PortalWords): Record<string, string> {
  const e: Record<string, string> = {}
  const p = wholeNumber(price)
  if (!price.trim()) e[`variants.${i}.price`] = w.err_required
  else if (!Number.isInteger(p)) e[`variants.${i}.price`] = w.err_price_whole
  else if (p < 1000) e[`variants.${i}.price`] = w.err_price_min
  if (!stock.trim()) e[`variants.${i}.stock`] = w.err_required
  else if (!Number.isInteger(wholeNumber(stock))) e[`variants.${i}.stock`] = w.err_stock_whole
  return e
}

export function toBody(s: EditorState, isNew: boolean, resubmit: boolean): Record<string, unknown> {
  return {
    title: s.title.trim(),
    subtitle: s.subtitle.trim() || null,
    description: s.description || null,
    story: s.story.trim() || null,
    variants: s.sizes.map((v) => ({ ...(v.id ? { id: v.id } : {}), title: v.title.trim(), price: wholeNumber(v.price), stock: wholeNumber(v.stock) })),
    ocop: {
      ocop_stars: Number(s.stars),
      ocop_group: s.group,
      ocop_subgroup: s.subgroup,
      ocop_province: s.province,
      ...(s.legacy ? { ocop_legacy_province: s.legacy } : {}),
      ocop_certificate: { number: s.cert.number.trim(), issued_at: s.cert.issued_at, expires_at: s.cert.expires_at, issuer: s.cert.issuer.trim() },
    },
    ...(s.scan ? { certificate_scan_id: s.scan.id } : {}),
    // seeded pictures have no upload id: the photo list is sent only when the producer changed it
    ...(isNew || s.photosChanged ? { image_ids: s.photos.flatMap((p) => (p.id ? [p.id] : [])) } : {}),
    ...(resubmit ? { resubmit: true } : {}),
  }
}

function addMonths(day: string, months: number) {
  const d = new Date(day + "T00:00:00Z")
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

/** What can be told before sending, keyed by field path. */
export function checkForm(s: EditorState, w: PortalWords): Record<string, string> {
  const e: Record<string, string> = {}
  const need = (field: string, value: string, min = 1) => {
    if (!value.trim()) e[field] = w.err_required
    else if (value.trim().length < min) e[field] = fill(w.err_too_short, { min })
  }
  need("title", s.title, 3)
  const seen = new Set<string>()
  s.sizes.forEach((v, i) => {
    need(`variants.${i}.title`, v.title)
    const key = v.title.trim().toLowerCase()
    if (key && seen.has(key)) e[`variants.${i}.title`] = w.err_duplicate
    seen.add(key)
    Object.assign(e, sizeNumberProblems(i, v.price, v.stock, w))
  })
  if (!s.subgroup) e["ocop.ocop_subgroup"] = w.err_required
  if (!s.province) e["ocop.ocop_province"] = w.err_required
  need("ocop.ocop_certificate.number", s.cert.number, 3)
  need("ocop.ocop_certificate.issuer", s.cert.issuer, 3)
  if (!s.cert.issued_at) e["ocop.ocop_certificate.issued_at"] = w.err_required
  if (!s.cert.expires_at) e["ocop.ocop_certificate.expires_at"] = w.err_required
  else if (s.cert.issued_at && s.cert.expires_at <= s.cert.issued_at) e["ocop.ocop_certificate.expires_at"] = w.err_date_order
  else if (s.cert.issued_at && s.cert.expires_at > addMonths(s.cert.issued_at, 36)) {
    e["ocop.ocop_certificate.expires_at"] = fill(w.err_validity_too_long, { months: 36, latest: addMonths(s.cert.issued_at, 36) })
  }
  return e
}

/** The DOM id of a field path's input. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`
