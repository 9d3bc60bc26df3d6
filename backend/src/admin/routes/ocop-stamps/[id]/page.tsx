import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { labelsUrl, type BatchRow, type StampRow } from "../../../lib/registry"
import { BATCH_STATUS, when } from "../../../lib/registry-labels"
import { usePaged } from "../../../lib/usePaged"
import { useAdminQuery } from "../../../lib/useAdminQuery"
import { useProductTitles } from "../../../lib/useNames"
import { PagedTable, type PagedColumn } from "../../../components/PagedTable"
import { QueryState } from "../../../components/QueryState"

const COLUMNS: PagedColumn<StampRow>[] = [
  { label: "Số sê-ri", className: "font-mono", cell: (t) => t.serial },
  // shown, not linked: opening it would count staff as a shopper's lookup
  { label: "Địa chỉ trong mã QR", className: "break-all font-mono txt-small text-ui-fg-subtle", cell: (t) => t.url },
  { label: "Lượt tra cứu", cell: (t) => t.lookup_count },
  { label: "Thiết bị", cell: (t) => (
    <>
      {t.client_count}
      {t.suspicious && <Badge size="2xsmall" color="red" className="ml-2">Nghi giả</Badge>}
    </>
  ) },
  { label: "Lần cuối", className: "whitespace-nowrap", cell: (t) => when(t.last_looked_up_at) },
]

// One batch's serials with the address each QR code holds and how often it
// was looked up; a serial seen from many devices is marked (likely copied).
const BatchStampsPage = () => {
  const { id } = useParams() as { id: string }
  const batchQuery = useAdminQuery<{ batch: BatchRow }>(`/admin/ocop/stamp-batches/${id}`)
  const batch = batchQuery.data?.batch ?? null
  const list = usePaged<StampRow>(`/admin/ocop/stamp-batches/${id}/stamps`, "stamps", 100)
  const product = useProductTitles([batch?.product_id])
  const s = batch ? BATCH_STATUS[batch.status] : null

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Link className="txt-small text-ui-fg-interactive" to="/ocop-stamps?tab=issued">← Tem OCOP</Link>
          <Heading level="h1">
            Lô tem {batch?.lot ?? ""} {s && <Badge size="2xsmall" color={s.color}>{s.label}</Badge>}
          </Heading>
          {batch && (
            <Text size="small" className="text-ui-fg-subtle">
              <Link className="text-ui-fg-interactive" to={`/products/${batch.product_id}`}>{product(batch.product_id)}</Link> · {batch.quantity.toLocaleString("vi-VN")} tem · NSX {batch.produced_on ?? "—"} · HSD {batch.best_before ?? "—"}
              {batch.gtin ? ` · GTIN ${batch.gtin}` : ""} · {when(batch.decided_at ?? batch.created_at)}
            </Text>
          )}
        </div>
        {batch?.status === "issued" && (
          <Button asChild size="small" variant="secondary"><a href={labelsUrl(batch.id)} target="_blank" rel="noreferrer">In tem (PDF)</a></Button>
        )}
      </div>
      <QueryState isPending={false} error={batchQuery.error} />
      <PagedTable list={list} empty="Lô này chưa có tem (chưa phát hành)." rowKey={(t) => t.serial} rowTestId="stamp" columns={COLUMNS} />
    </Container>
  )
}

export default BatchStampsPage
