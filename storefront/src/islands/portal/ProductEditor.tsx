import { useEffect, useMemo, useState, type FormEvent } from "react"
import type { PortalWords } from "../../lib/portal-i18n"
import { portalRequest, uploadFile, type UploadedFile } from "./api"

interface Option {
  code: string
  name: string
}

interface Props {
  w: PortalWords
  product: any | null
  provinces: Option[]
  groups: (Option & { subgroups: Option[] })[]
  legacyProvinces: string[]
  listPath: string
}

type Variant = { id?: string; title: string; price: string; stock: string }
type Photo = { id?: string; url: string }

const cert0 = { number: "", issued_at: "", expires_at: "", issuer: "" }

// The producer's product form: details, photos, sizes with price and stock,
// and the OCOP certificate (with its scan). Saves through /api/producer.
export default function ProductEditor({ w, product, provinces, groups, legacyProvinces, listPath }: Props) {
  const m = product?.ocop ?? {}
  const [title, setTitle] = useState<string>(product?.title ?? "")
  const [subtitle, setSubtitle] = useState<string>(product?.subtitle ?? "")
  const [description, setDescription] = useState<string>(product?.description ?? "")
  const [story, setStory] = useState<string>(product?.story ?? "")
  const [photos, setPhotos] = useState<Photo[]>((product?.images ?? []).map((url: string) => ({ url })))
  const [photosChanged, setPhotosChanged] = useState(false)
  const [variants, setVariants] = useState<Variant[]>(
    product?.variants?.map((v: any) => ({ id: v.id, title: v.title, price: String(v.price), stock: String(v.stock) })) ?? [{ title: "", price: "", stock: "" }]
  )
  const [stars, setStars] = useState<string>(String(m.ocop_stars ?? "3"))
  const [group, setGroup] = useState<string>(m.ocop_group ?? groups[0].code)
  const [subgroup, setSubgroup] = useState<string>(m.ocop_subgroup ?? "")
  const [province, setProvince] = useState<string>(m.ocop_province ?? "")
  const [legacy, setLegacy] = useState<string>(m.ocop_legacy_province ?? "")
  const [cert, setCert] = useState({ ...cert0, ...(m.ocop_certificate ?? {}) })
  const [scan, setScan] = useState<UploadedFile | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null)
  const subgroups = useMemo(() => groups.find((g) => g.code === group)?.subgroups ?? [], [group, groups])

  // existing photos are the producer's own uploads: find their file ids so a reorder or removal can be saved
  useEffect(() => {
    if (!product) return
    portalRequest<{ files: UploadedFile[] }>("/files?kind=image&limit=100")
      .then(({ files }) => setPhotos((ps) => ps.map((p) => ({ ...p, id: files.find((f) => f.url === p.url)?.id }))))
      .catch(() => {})
  }, [product])

  async function addPhotos(files: FileList | null) {
    if (!files?.length) return
    setBusy(w.uploading)
    setMessage(null)
    try {
      for (const file of Array.from(files)) {
        const f = await uploadFile("image", file)
        setPhotos((ps) => [...ps, { id: f.id, url: f.url }])
        setPhotosChanged(true)
      }
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message })
    } finally {
      setBusy(null)
    }
  }

  async function addScan(files: FileList | null) {
    if (!files?.[0]) return
    setBusy(w.uploading)
    setMessage(null)
    try {
      setScan(await uploadFile("certificate", files[0]))
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message })
    } finally {
      setBusy(null)
    }
  }

  const setVariant = (i: number, patch: Partial<Variant>) => setVariants((vs) => vs.map((v, j) => (j === i ? { ...v, ...patch } : v)))
  const number = (s: string) => (s.trim() === "" ? NaN : Number(s.replace(/[.\s]/g, "")))

  async function save(e: FormEvent) {
    e.preventDefault()
    setBusy(w.saving)
    setMessage(null)
    const body: Record<string, unknown> = {
      title,
      subtitle: subtitle || null,
      description: description || null,
      story: story || null,
      variants: variants.map((v) => ({ ...(v.id ? { id: v.id } : {}), title: v.title, price: number(v.price), stock: number(v.stock) })),
      ocop: {
        ocop_stars: Number(stars),
        ocop_group: group,
        ocop_subgroup: subgroup,
        ocop_province: province,
        ...(legacy ? { ocop_legacy_province: legacy } : {}),
        ocop_certificate: { number: cert.number, issued_at: cert.issued_at, expires_at: cert.expires_at, issuer: cert.issuer },
      },
      ...(scan ? { certificate_scan_id: scan.id } : {}),
      ...(!product || photosChanged ? { image_ids: photos.flatMap((p) => (p.id ? [p.id] : [])) } : {}),
    }
    try {
      const { product: saved } = await portalRequest<{ product: any }>(product ? `/products/${product.id}` : "/products", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      if (!product) {
        window.location.assign(listPath)
        return
      }
      setVariants(saved.variants.map((v: any) => ({ id: v.id, title: v.title, price: String(v.price), stock: String(v.stock) })))
      setMessage({ kind: "ok", text: `${w.saved} ${w[`verification_${saved.verification.status}` as keyof PortalWords]}` })
    } catch (err) {
      setMessage({ kind: "error", text: (err as Error).message })
    } finally {
      setBusy(null)
    }
  }

  return (
    <form className="portal-editor fields" onSubmit={save} noValidate data-testid="product-editor">
      <fieldset>
        <legend>{w.basics}</legend>
        <label><span>{w.title}</span><input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} /></label>
        <label><span>{w.subtitle}</span><input name="subtitle" value={subtitle} onChange={(e) => setSubtitle(e.target.value)} maxLength={200} /></label>
        <label><span>{w.description}</span><textarea name="description" rows={6} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby="description-help" /></label>
        <small id="description-help" className="muted">{w.descriptionHelp}</small>
        <label><span>{w.story}</span><textarea name="story" rows={3} value={story} onChange={(e) => setStory(e.target.value)} maxLength={5000} /></label>
      </fieldset>

      <fieldset>
        <legend>{w.photos}</legend>
        <p className="muted">{w.photosHelp}</p>
        <ul className="portal-editor__photos">
          {photos.map((p, i) => (
            <li key={p.url}>
              <img src={p.url} alt={`${title} ${i + 1}`} width={120} height={120} />
              <button type="button" className="link-button" onClick={() => { setPhotos((ps) => ps.filter((_, j) => j !== i)); setPhotosChanged(true) }}>{w.removePhoto} {i + 1}</button>
            </li>
          ))}
        </ul>
        <label><span>{w.addPhoto}</span><input type="file" name="photo" accept="image/jpeg,image/png,image/webp,image/avif" multiple onChange={(e) => addPhotos(e.target.files)} /></label>
      </fieldset>

      <fieldset>
        <legend>{w.variants}</legend>
        {variants.map((v, i) => (
          <div className="portal-editor__variant" key={v.id ?? `new-${i}`} role="group" aria-label={`${w.variant} ${i + 1}`}>
            <label><span>{w.variant}</span><input name={`variant-${i}-title`} value={v.title} onChange={(e) => setVariant(i, { title: e.target.value })} required maxLength={100} /></label>
            <label><span>{w.price}</span><input name={`variant-${i}-price`} inputMode="numeric" value={v.price} onChange={(e) => setVariant(i, { price: e.target.value })} required /></label>
            <label><span>{w.stock}</span><input name={`variant-${i}-stock`} inputMode="numeric" value={v.stock} onChange={(e) => setVariant(i, { stock: e.target.value })} required /></label>
            {variants.length > 1 && <button type="button" className="link-button" onClick={() => setVariants((vs) => vs.filter((_, j) => j !== i))}>{w.removeVariant} {i + 1}</button>}
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => setVariants((vs) => [...vs, { title: "", price: "", stock: "" }])}>{w.addVariant}</button>
      </fieldset>

      <fieldset>
        <legend>{w.ocop}</legend>
        <p className="muted">{w.ocopHelp}</p>
        {product?.verification?.note && <p className="notice">{w.verificationNote}: {product.verification.note}</p>}
        <label><span>{w.stars}</span>
          <select name="stars" value={stars} onChange={(e) => setStars(e.target.value)}>{["3", "4", "5"].map((s) => <option key={s} value={s}>{s}★</option>)}</select>
        </label>
        <label><span>{w.group}</span>
          <select name="group" value={group} onChange={(e) => { setGroup(e.target.value); setSubgroup("") }}>{groups.map((g) => <option key={g.code} value={g.code}>{g.name}</option>)}</select>
        </label>
        <label><span>{w.subgroup}</span>
          <select name="subgroup" value={subgroup} onChange={(e) => setSubgroup(e.target.value)} required>
            <option value="">—</option>
            {subgroups.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
          </select>
        </label>
        <label><span>{w.province}</span>
          <select name="province" value={province} onChange={(e) => setProvince(e.target.value)} required>
            <option value="">—</option>
            {provinces.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
          </select>
        </label>
        <label><span>{w.legacyProvince}</span>
          <select name="legacy_province" value={legacy} onChange={(e) => setLegacy(e.target.value)}>
            <option value="">{w.none}</option>
            {legacyProvinces.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label><span>{w.certNumber}</span><input name="cert_number" value={cert.number} onChange={(e) => setCert({ ...cert, number: e.target.value })} required maxLength={80} /></label>
        <label><span>{w.issuedAt}</span><input name="cert_issued_at" type="date" value={cert.issued_at} onChange={(e) => setCert({ ...cert, issued_at: e.target.value })} required /></label>
        <label><span>{w.expiresAt}</span><input name="cert_expires_at" type="date" value={cert.expires_at} onChange={(e) => setCert({ ...cert, expires_at: e.target.value })} required /></label>
        <label><span>{w.issuer}</span><input name="cert_issuer" value={cert.issuer} onChange={(e) => setCert({ ...cert, issuer: e.target.value })} required maxLength={200} /></label>
        <label><span>{w.scan}</span><input type="file" name="scan" accept="application/pdf,image/jpeg,image/png,image/webp" onChange={(e) => addScan(e.target.files)} /></label>
        {(scan || m.ocop_certificate?.scan_url) && <p><a href={scan?.url ?? m.ocop_certificate.scan_url} target="_blank" rel="noopener">{w.scanUploaded}</a></p>}
      </fieldset>

      <div aria-live="polite">
        {busy && <p className="muted">{busy}</p>}
        {message && <p className={message.kind === "error" ? "error" : "notice"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      </div>
      <button type="submit" disabled={!!busy}>{w.save}</button>
      <p><a href={listPath}>{w.backToProducts}</a></p>
    </form>
  )
}
