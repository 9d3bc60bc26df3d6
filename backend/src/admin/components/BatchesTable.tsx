import { Badge, Button, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { labelsUrl, type BatchRow } from "../lib/registry"
import { BATCH_STATUS, when } from "../lib/registry-labels"

interface Props {
  batches: BatchRow[]
  /** product id → title, when the table lists several products */
  product?: (id: string) => string
  /** staff user id → name */
  actor: (id?: string | null) => string
  /** what staff can do with one batch (decide a request) */
  actions?: (batch: BatchRow) => ReactNode
}

// Stamp batches with what is printed on the package (lot, dates, GTIN) and,
// once issued, the label sheets to print and the serials with their lookups.
export function BatchesTable({ batches, product, actor, actions }: Props) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Ngày</Table.HeaderCell>
          {product && <Table.HeaderCell>Sản phẩm</Table.HeaderCell>}
          <Table.HeaderCell>Số tem</Table.HeaderCell>
          <Table.HeaderCell>Lô · NSX → HSD · GTIN</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell></Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {batches.map((b) => {
          const s = BATCH_STATUS[b.status] ?? { label: b.status, color: "grey" as const }
          const title = product ? product(b.product_id) : `lô ${b.lot ?? b.id}`
          return (
            <Table.Row key={b.id} data-testid="stamp-batch">
              <Table.Cell className="whitespace-nowrap">{when(b.created_at)}</Table.Cell>
              {product && <Table.Cell><Link className="text-ui-fg-interactive" to={`/products/${b.product_id}`}>{product(b.product_id)}</Link></Table.Cell>}
              <Table.Cell>{b.quantity.toLocaleString("vi-VN")}</Table.Cell>
              <Table.Cell>
                {b.lot ?? "—"} · {b.produced_on ?? "—"} → {b.best_before ?? "—"}{b.gtin ? ` · ${b.gtin}` : ""}
                {/* imported batches carry the registry's own English note: say it in Vietnamese */}
                {(b.legacy || b.note) && <Text size="small" className="text-ui-fg-subtle">{b.legacy ? "Mã in trước khi có sổ đăng ký" : b.note}</Text>}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={s.color}>{s.label}</Badge>
                {b.legacy && <Badge size="2xsmall" className="ml-1">Mã cũ</Badge>}
                <Text size="small" className="text-ui-fg-subtle">
                  {b.requested_by && <>Yêu cầu: {actor(b.requested_by)}<br /></>}
                  {b.decided_at && <>{s.label}: {actor(b.decided_by)}, {when(b.decided_at)}</>}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {b.status === "issued" ? (
                  <div className="flex flex-wrap gap-2">
                    <Button asChild size="small" variant="secondary">
                      <a href={labelsUrl(b.id)} target="_blank" rel="noreferrer" aria-label={`In tem (PDF): ${title}`}>In tem (PDF)</a>
                    </Button>
                    <Link className="self-center txt-small text-ui-fg-interactive" to={`/ocop-stamps/${b.id}`}>Danh sách tem</Link>
                  </div>
                ) : (
                  actions?.(b)
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
