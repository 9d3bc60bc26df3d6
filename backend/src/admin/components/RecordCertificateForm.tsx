import { Button, Input, Text, Textarea, toast } from "@medusajs/ui"
import { addMonths, CERTIFICATE_VALID_MONTHS, GROUPS, groupByCode, provinceByCode, STAR_LEVELS } from "@ocop/shared"
import { useMutation } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { PROVINCE_OPTIONS } from "../lib/labels"
import { recordCertificate, type CertificateRow } from "../lib/registry"
import { Field, NativeSelect } from "./Field"

type Values = Record<"number" | "issuer" | "issued_at" | "expires_at" | "stars" | "score" | "group" | "subgroup" | "province" | "legacy_province" | "scan_url" | "note", string>

const from = (c?: CertificateRow | null): Values => ({
  number: c?.number ?? "",
  issuer: c?.issuer ?? "",
  issued_at: c?.issued_at ?? "",
  expires_at: c?.expires_at ?? "",
  stars: c ? String(c.stars) : "",
  score: c?.score === null || c?.score === undefined ? "" : String(c.score),
  group: c?.group ?? "",
  subgroup: c?.subgroup ?? "",
  province: c?.province ?? "",
  legacy_province: c?.legacy_province ?? "",
  scan_url: c?.scan_url ?? "",
  note: "",
})

// The route is strict: optional facts left empty are omitted, never sent as "".
function toBody(v: Values) {
  const body: Record<string, unknown> = {
    number: v.number.trim(),
    issuer: v.issuer.trim(),
    issued_at: v.issued_at,
    expires_at: v.expires_at,
    stars: Number(v.stars),
    group: v.group,
    subgroup: v.subgroup,
    province: v.province,
  }
  if (v.score.trim() !== "") body.score = Number(v.score)
  if (v.legacy_province) body.legacy_province = v.legacy_province
  if (v.scan_url.trim()) body.scan_url = v.scan_url.trim()
  if (v.note.trim()) body.note = v.note.trim()
  return body
}

interface Props {
  productId: string
  /** the current certificate: the form starts from it, since a renewal or correction changes only a few facts */
  current?: CertificateRow | null
  onDone: () => void
}

// Staff record a certificate they checked on paper. A new number renews or
// upgrades (the current one is superseded); the same number corrects it. The
// server applies the OCOP rules and its message is shown as given.
export function RecordCertificateForm({ productId, current, onDone }: Props) {
  const [v, setV] = useState<Values>(() => from(current))
  const recording = useMutation({
    mutationFn: (values: Values) => recordCertificate(productId, toBody(values)),
    onSuccess: (r) => {
      toast.success(r.changed ? `Đã ghi nhận chứng nhận ${r.certificate.number}` : "Không có gì thay đổi so với chứng nhận đã ghi")
      onDone()
    },
  })
  const set = (k: keyof Values) => (value: string) => setV((s) => ({ ...s, [k]: value }))
  const subgroups = groupByCode(v.group)?.subgroups ?? []
  const legacy = provinceByCode(v.province)?.legacy ?? []
  const renewal = !!current && v.number.trim() !== "" && v.number.trim().toLowerCase() !== current.number.trim().toLowerCase()
  const latest = /^\d{4}-\d{2}-\d{2}$/.test(v.issued_at) ? addMonths(v.issued_at, CERTIFICATE_VALID_MONTHS) : null

  function submit(e: FormEvent) {
    e.preventDefault()
    recording.mutate(v)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Ghi nhận chứng nhận">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="rc-number" label="Số quyết định" required help={current ? (renewal ? `Số mới: thay thế chứng nhận ${current.number} (gia hạn, nâng hạng)` : "Cùng số: sửa chứng nhận hiện hành") : undefined}>
          <Input id="rc-number" size="small" value={v.number} onChange={(e) => set("number")(e.target.value)} />
        </Field>
        <Field id="rc-issuer" label="Cơ quan cấp" required>
          <Input id="rc-issuer" size="small" value={v.issuer} onChange={(e) => set("issuer")(e.target.value)} />
        </Field>
        <Field id="rc-issued" label="Ngày cấp" required>
          <Input id="rc-issued" size="small" type="date" value={v.issued_at} onChange={(e) => set("issued_at")(e.target.value)} />
        </Field>
        <Field id="rc-expires" label="Ngày hết hạn" required help={latest ? `Chậm nhất ${latest} (${CERTIFICATE_VALID_MONTHS} tháng)` : undefined}>
          <Input id="rc-expires" size="small" type="date" value={v.expires_at} onChange={(e) => set("expires_at")(e.target.value)} />
        </Field>
        <Field id="rc-stars" label="Hạng sao" required>
          <NativeSelect id="rc-stars" value={v.stars} onChange={set("stars")} empty="—" options={STAR_LEVELS.map((s) => ({ value: String(s), label: `${s}★` }))} />
        </Field>
        <Field id="rc-score" label="Điểm (0–100)" help="Không bắt buộc; phải khớp hạng sao">
          <Input id="rc-score" size="small" type="number" min={0} max={100} step={1} value={v.score} onChange={(e) => set("score")(e.target.value)} />
        </Field>
        <Field id="rc-group" label="Nhóm" required>
          <NativeSelect id="rc-group" value={v.group} onChange={(g) => setV((s) => ({ ...s, group: g, subgroup: "" }))} empty="—" options={GROUPS.map((g) => ({ value: g.code, label: g.name }))} />
        </Field>
        <Field id="rc-subgroup" label="Phân nhóm" required>
          <NativeSelect id="rc-subgroup" value={v.subgroup} onChange={set("subgroup")} empty="—" options={subgroups.map((s) => ({ value: s.code, label: s.name }))} />
        </Field>
        <Field id="rc-province" label="Tỉnh, thành" required>
          <NativeSelect id="rc-province" value={v.province} onChange={(p) => setV((s) => ({ ...s, province: p, legacy_province: "" }))} empty="—" options={PROVINCE_OPTIONS} />
        </Field>
        <Field id="rc-legacy" label="Tỉnh cũ (trước sáp nhập 2025)">
          <NativeSelect id="rc-legacy" value={v.legacy_province} onChange={set("legacy_province")} empty="Không" options={legacy.map((l) => ({ value: l, label: l }))} />
        </Field>
        <Field id="rc-scan" label="Địa chỉ bản chụp">
          <Input id="rc-scan" size="small" type="url" value={v.scan_url} onChange={(e) => set("scan_url")(e.target.value)} />
        </Field>
      </div>
      <Field id="rc-note" label="Ghi chú (lưu vào lịch sử)">
        <Textarea id="rc-note" rows={2} value={v.note} onChange={(e) => set("note")(e.target.value)} />
      </Field>
      {recording.error && <Text role="alert" size="small" className="text-ui-fg-error">{recording.error.message}</Text>}
      <div>
        <Button type="submit" size="small" isLoading={recording.isPending}>Ghi nhận</Button>
      </div>
    </form>
  )
}
