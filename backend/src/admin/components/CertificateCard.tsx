import { Badge, Text } from "@medusajs/ui"
import type { CertificateRow } from "../lib/registry"
import { CERT_RECORD_STATUS, EVENT_ACTION, LIVE_STATUS, subgroupName, when } from "../lib/registry-labels"
import { groupName, provinceName } from "../lib/labels"
import { ChangesList } from "./ChangesList"

// The registry writes one note itself when a renewal retires a certificate.
const eventNote = (note: string) => note.replace(/^replaced by (.+)$/, "Thay bằng $1")

interface Props {
  cert: CertificateRow
  /** staff user id → name */
  actor: (id?: string | null) => string
}

// One certificate of the product with its whole history: who changed it,
// when, why, and which facts changed — the audit trail staff answer for.
export function CertificateCard({ cert, actor }: Props) {
  const status = CERT_RECORD_STATUS[cert.status] ?? { label: cert.status, color: "grey" as const }
  const live = LIVE_STATUS[cert.live_status]
  return (
    <article className="flex flex-col gap-2 py-3" data-testid="certificate" aria-label={`Chứng nhận ${cert.number}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Text weight="plus">{cert.number}</Text>
        <Badge size="2xsmall" color={status.color}>{status.label}</Badge>
        {/* the live state adds what dates tell (expiring, expired) to the recorded status */}
        {live && live.label !== status.label && <Badge size="2xsmall" color={live.color}>{live.label}</Badge>}
        {cert.is_current && <Badge size="2xsmall" color="blue">Hiện hành</Badge>}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 txt-small text-ui-fg-subtle">
        <dt>Cơ quan cấp</dt><dd>{cert.issuer}</dd>
        <dt>Hiệu lực</dt><dd>{cert.issued_at} → {cert.expires_at}</dd>
        <dt>Hạng sao</dt><dd>{cert.stars}★{cert.score !== null && cert.score !== undefined ? ` (${cert.score} điểm)` : ""}</dd>
        <dt>Nhóm</dt><dd>{groupName(cert.group)} / {subgroupName(cert.group, cert.subgroup)}</dd>
        <dt>Tỉnh, thành</dt><dd>{provinceName(cert.province)}{cert.legacy_province ? ` (trước đây ${cert.legacy_province})` : ""}</dd>
        {cert.scan_url && <><dt>Bản chụp</dt><dd><a className="text-ui-fg-interactive" href={cert.scan_url} target="_blank" rel="noreferrer">mở</a></dd></>}
        {cert.decided_at && <><dt>Quyết định</dt><dd>{when(cert.decided_at)} — {actor(cert.decided_by)}{cert.note ? `: ${cert.note}` : ""}</dd></>}
      </dl>
      {!!cert.events?.length && (
        <details open={cert.is_current}>
          <summary className="cursor-pointer txt-small text-ui-fg-interactive">Lịch sử ({cert.events.length})</summary>
          <ol className="mt-2 flex flex-col gap-2 border-l pl-3">
            {cert.events.map((e) => (
              <li key={e.id} className="txt-small" data-testid="certificate-event">
                <Text size="small">
                  <span className="text-ui-fg-muted">{when(e.created_at)}</span> · <span className="font-medium">{EVENT_ACTION[e.action] ?? e.action}</span> · {actor(e.by)}
                  {e.from_status && e.from_status !== e.to_status && (
                    <span className="text-ui-fg-muted"> ({CERT_RECORD_STATUS[e.from_status]?.label ?? e.from_status} → {CERT_RECORD_STATUS[e.to_status]?.label ?? e.to_status})</span>
                  )}
                </Text>
                {e.note && <Text size="small" className="text-ui-fg-subtle">Ghi chú: {eventNote(e.note)}</Text>}
                <ChangesList changes={e.changes} group={cert.group} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  )
}
