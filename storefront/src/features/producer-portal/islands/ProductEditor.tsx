import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react"
import type { ProducerProductView } from "@ocop/shared"
import { problemsByField, problemText } from "../field-messages"
import { productState } from "../product-state"
import { fill } from "../../../lib/i18n/fill"
import type { PortalWords } from "../words"
import { PortalError } from "../portal-error"
import { portalRequest, uploadFile } from "./client"
import { checkForm, fieldId, initialState, mendDraft, toBody, type EditorState, type SizeRow } from "./editor-form"

interface Option {
  code: string
  name: string
}

interface Props {
  w: PortalWords
  product: ProducerProductView | null
  provinces: Option[]
  groups: (Option & { subgroups: Option[] })[]
  legacyProvinces: string[]
  listPath: string
}

// The producer's product form, phone first: one column, each size a card,
// every message beside its field. Unsaved work (uploaded photos included) is
// kept as a draft in this browser until it is saved, so neither a failed save
// nor a reload loses it.
export default function ProductEditor({ w, product, provinces, groups, legacyProvinces, listPath }: Props) {
  const draftKey = `ocop-portal-draft:${product?.id ?? "new"}`
  const [s, setS] = useState<EditorState>(() => initialState(product, groups[0].code))
  const [dirty, setDirty] = useState(false)
  const [draft, setDraft] = useState<EditorState | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // set once a save succeeded: the page then moves on without asking
  const leaving = useRef(false)
  const subgroups = useMemo(() => groups.find((g) => g.code === s.group)?.subgroups ?? [], [s.group, groups])
  const rejected = !!product && productState(product) === "rejected"

  // a draft left by an earlier visit is offered, never applied silently
  useEffect(() => {
    try {
      const saved = localStorage.getItem(draftKey)
      if (saved) setDraft(JSON.parse(saved) as EditorState)
    } catch {}
  }, [draftKey])
  useEffect(() => {
    if (!dirty) return
    try {
      localStorage.setItem(draftKey, JSON.stringify(s))
    } catch {}
    const warn = (e: BeforeUnloadEvent) => {
      if (leaving.current) return
      e.preventDefault()
      e.returnValue = w.unsaved
    }
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [dirty, s, draftKey, w.unsaved])

  const change = (patch: Partial<EditorState>) => {
    setS((prev) => ({ ...prev, ...patch }))
    setDirty(true)
  }
  const setSize = (i: number, patch: Partial<SizeRow>) => change({ sizes: s.sizes.map((v, j) => (j === i ? { ...v, ...patch } : v)) })
  const forgetDraft = () => {
    try {
      localStorage.removeItem(draftKey)
    } catch {}
    setDraft(null)
  }

  async function upload(kind: "image" | "certificate", files: FileList | null) {
    if (!files?.length) return
    setBusy(w.uploading)
    const field = kind === "image" ? "image_ids" : "certificate_scan_id"
    setErrors(({ [field]: _, ...rest }) => rest)
    try {
      for (const file of Array.from(kind === "image" ? files : [files[0]])) {
        const f = await uploadFile(kind, file)
        setS((prev) => (kind === "image" ? { ...prev, photos: [...prev.photos, { id: f.id, url: f.url }], photosChanged: true } : { ...prev, scan: { id: f.id, url: f.url } }))
        setDirty(true)
      }
    } catch (e) {
      const p = e instanceof PortalError ? e.problems[0] : undefined
      setErrors((prev) => ({ ...prev, [field]: `${w.uploadFailed}: ${p ? problemText(p, w) : kind === "image" ? w.photosHelp : w.scan}` }))
    } finally {
      setBusy(null)
    }
  }

  function show(found: Record<string, string>) {
    setErrors(found)
    const n = Object.keys(found).length
    setSummary(fill(w.fixBelow, { n }))
    // the first field in the page's order, not the order the checks ran
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")
      first?.scrollIntoView({ block: "center", behavior: "smooth" })
      first?.focus({ preventScroll: true })
    })
  }

  async function save(e: FormEvent) {
    e.preventDefault()
    const found = checkForm(s, w)
    if (Object.keys(found).length) return show(found)
    setErrors({})
    setSummary(null)
    setBusy(w.saving)
    try {
      const { product: saved } = await portalRequest<{ product: ProducerProductView }>(product ? `/products/${product.id}` : "/products", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(toBody(s, !product, rejected)),
      })
      forgetDraft()
      leaving.current = true
      // the page shows the product's new status from the server
      window.location.assign(product ? `${window.location.pathname}?saved=1` : `${listPath}?created=${encodeURIComponent(saved.id)}`)
    } catch (err) {
      if (err instanceof PortalError && err.problems.length) show(problemsByField(err.problems, w))
      else setSummary(err instanceof PortalError && err.status === 0 ? w.networkError : `${w.networkError} (${(err as Error).message})`)
      setBusy(null)
    }
  }

  // one labelled input with its message; `path` is the body's field path
  const field = (path: string, label: string, input: (a: Record<string, unknown>) => ReactNode, help?: string) => (
    <div className="field" key={path}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {input({
        id: fieldId(path),
        name: path,
        "aria-invalid": errors[path] ? true : undefined,
        "aria-describedby": [errors[path] && `${fieldId(path)}-error`, help && `${fieldId(path)}-help`].filter(Boolean).join(" ") || undefined,
      })}
      {help && <small id={`${fieldId(path)}-help`} className="muted">{help}</small>}
      {errors[path] && <span className="field-error" id={`${fieldId(path)}-error`}>{errors[path]}</span>}
    </div>
  )
  // a file input behind a button-sized label: the browser's own "Choose file" text is not in the page's language
  const fileField = (path: string, label: string, accept: string, multiple: boolean, kind: "image" | "certificate") => (
    <div className="field" key={path}>
      <input id={fieldId(path)} name={path} className="file-input" type="file" accept={accept} multiple={multiple} aria-invalid={errors[path] ? true : undefined} aria-describedby={errors[path] ? `${fieldId(path)}-error` : undefined} onChange={(e) => { upload(kind, e.target.files); e.target.value = "" }} />
      <label htmlFor={fieldId(path)} className="button button--quiet">{label}</label>
      {errors[path] && <span className="field-error" id={`${fieldId(path)}-error`}>{errors[path]}</span>}
    </div>
  )
  const cert = (key: keyof EditorState["cert"], label: string, type = "text") =>
    field(`ocop.ocop_certificate.${key}`, label, (a) => (
      <input {...a} type={type} value={s.cert[key]} onChange={(e) => change({ cert: { ...s.cert, [key]: e.target.value } })} maxLength={type === "text" ? 200 : undefined} />
    ))

  return (
    <form ref={formRef} className="portal-editor portal-form" onSubmit={save} noValidate data-testid="product-editor">
      {draft && (
        <div className="notice" role="status">
          <p>{w.draftFound}</p>
          <div className="portal-card__actions">
            <button type="button" className="button" onClick={() => { setS(mendDraft(draft, groups)); setDirty(true); setDraft(null) }}>{w.draftRestore}</button>
            <button type="button" className="button button--quiet" onClick={forgetDraft}>{w.draftDiscard}</button>
          </div>
        </div>
      )}
      {summary && <p className="error" role="alert" data-testid="editor-summary">{summary}</p>}

      <fieldset>
        <legend>{w.variants}</legend>
        {s.sizes.map((v, i) => (
          <div className="size-card" key={v.id ?? `new-${i}`} role="group" aria-label={fill(w.sizeN, { n: i + 1 })}>
            {field(`variants.${i}.title`, w.variant, (a) => <input {...a} value={v.title} onChange={(e) => setSize(i, { title: e.target.value })} maxLength={100} placeholder="Hũ 500 g" />)}
            <div className="size-card__numbers">
              {field(`variants.${i}.price`, w.price, (a) => <input {...a} inputMode="numeric" value={v.price} onChange={(e) => setSize(i, { price: e.target.value })} />)}
              {field(`variants.${i}.stock`, w.stock, (a) => <input {...a} inputMode="numeric" value={v.stock} onChange={(e) => setSize(i, { stock: e.target.value })} />)}
            </div>
            {!!v.reserved && <p className="muted">{fill(w.reservedNote, { n: v.reserved })}</p>}
            {s.sizes.length > 1 && (
              <button type="button" className="button button--quiet" onClick={() => change({ sizes: s.sizes.filter((_, j) => j !== i) })}>
                {w.removeVariant} ({v.title || fill(w.sizeN, { n: i + 1 })})
              </button>
            )}
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => change({ sizes: [...s.sizes, { title: "", price: "", stock: "" }] })}>+ {w.addVariant}</button>
      </fieldset>

      <fieldset>
        <legend>{w.basics}</legend>
        {field("title", w.title, (a) => <input {...a} value={s.title} onChange={(e) => change({ title: e.target.value })} maxLength={200} />)}
        {field("subtitle", w.subtitle, (a) => <input {...a} value={s.subtitle} onChange={(e) => change({ subtitle: e.target.value })} maxLength={200} />)}
        {field("description", w.description, (a) => <textarea {...a} rows={6} value={s.description} onChange={(e) => change({ description: e.target.value })} />, w.descriptionHelp)}
        {field("story", w.story, (a) => <textarea {...a} rows={3} value={s.story} onChange={(e) => change({ story: e.target.value })} maxLength={5000} />)}
      </fieldset>

      <fieldset>
        <legend>{w.photos}</legend>
        <p className="muted">{w.photosHelp}</p>
        <ul className="portal-editor__photos">
          {s.photos.map((p, i) => (
            <li key={p.url}>
              <img src={p.url} alt={`${s.title} ${i + 1}`} width={96} height={96} />
              {i > 0 && (
                <button type="button" className="button button--quiet" onClick={() => change({ photos: [p, ...s.photos.filter((_, j) => j !== i)], photosChanged: true })}>
                  {w.firstPhoto}
                </button>
              )}
              <button type="button" className="button button--quiet" onClick={() => change({ photos: s.photos.filter((_, j) => j !== i), photosChanged: true })}>
                {w.removePhoto} {i + 1}
              </button>
            </li>
          ))}
        </ul>
        {fileField("image_ids", `+ ${w.addPhoto}`, "image/jpeg,image/png,image/webp,image/avif", true, "image")}
      </fieldset>

      <fieldset>
        <legend>{w.ocop}</legend>
        <p className="muted">{w.ocopHelp}</p>
        {field("ocop.ocop_stars", w.stars, (a) => (
          <select {...a} value={s.stars} onChange={(e) => change({ stars: e.target.value })}>{["3", "4", "5"].map((n) => <option key={n} value={n}>{n}★</option>)}</select>
        ))}
        {field("ocop.ocop_group", w.group, (a) => (
          <select {...a} value={s.group} onChange={(e) => change({ group: e.target.value, subgroup: "" })}>{groups.map((g) => <option key={g.code} value={g.code}>{g.name}</option>)}</select>
        ))}
        {field("ocop.ocop_subgroup", w.subgroup, (a) => (
          <select {...a} value={s.subgroup} onChange={(e) => change({ subgroup: e.target.value })}>
            <option value="">{w.choose}</option>
            {subgroups.map((g) => <option key={g.code} value={g.code}>{g.name}</option>)}
          </select>
        ))}
        {field("ocop.ocop_province", w.province, (a) => (
          <select {...a} value={s.province} onChange={(e) => change({ province: e.target.value })}>
            <option value="">{w.choose}</option>
            {provinces.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
          </select>
        ))}
        {field("ocop.ocop_legacy_province", w.legacyProvince, (a) => (
          <select {...a} value={s.legacy} onChange={(e) => change({ legacy: e.target.value })}>
            <option value="">{w.none}</option>
            {legacyProvinces.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        ))}
        {cert("number", w.certNumber)}
        {cert("issued_at", w.issuedAt, "date")}
        {cert("expires_at", w.expiresAt, "date")}
        {cert("issuer", w.issuer)}
        {fileField("certificate_scan_id", w.scan, "application/pdf,image/jpeg,image/png,image/webp", false, "certificate")}
        {(s.scan || product?.ocop?.ocop_certificate?.scan_url) && (
          <p><a className="button button--quiet" href={s.scan?.url ?? product?.ocop?.ocop_certificate?.scan_url} target="_blank" rel="noopener">{w.scanUploaded}</a></p>
        )}
      </fieldset>

      <div className="portal-editor__save">
        <p aria-live="polite" className="muted">{busy}</p>
        <button type="submit" className="button button--wide" disabled={!!busy} data-testid="save-product">
          {rejected ? w.saveResubmit : w.save}
        </button>
      </div>
      <p><a className="button button--quiet" href={listPath}>{w.backToProducts}</a></p>
    </form>
  )
}
