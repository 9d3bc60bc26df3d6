import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminFetch } from "../../../lib/api"
import { labelsUrl, type BatchRow, type StampRow } from "../../../lib/registry"
import { BATCH_STATUS, when } from "../../../lib/registry-labels"
import { usePaged } from "../../../lib/usePaged"
import { useProductTitles } from "../../../lib/useNames"
import { Pager } from "../../../components/Pager"

// One batch's serials with the address each QR code holds and how often it
// was looked up; a serial seen from many devices is marked (likely copied).
const BatchStampsPage = () => {
  const { id } = useParams() as { id: string }
  const [batch, setBatch] = useState<BatchRow | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<{ batch: BatchRow }>(`/admin/ocop/stamp-batches/${id}`).then((r) => setBatch(r.batch), (e) => setError(e.message))
  }, [id])
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
      {(error || list.error) && <Text className="px-6 py-4 text-ui-fg-error">{error ?? list.error}</Text>}
      {list.rows && !list.rows.length && <Text className="px-6 py-4">Lô này chưa có tem (chưa phát hành).</Text>}
      {!!list.rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Số sê-ri</Table.HeaderCell>
              <Table.HeaderCell>Địa chỉ trong mã QR</Table.HeaderCell>
              <Table.HeaderCell>Lượt tra cứu</Table.HeaderCell>
              <Table.HeaderCell>Thiết bị</Table.HeaderCell>
              <Table.HeaderCell>Lần cuối</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.rows.map((t) => (
              <Table.Row key={t.serial} data-testid="stamp">
                <Table.Cell className="font-mono">{t.serial}</Table.Cell>
                {/* shown, not linked: opening it would count staff as a shopper's lookup */}
                <Table.Cell className="break-all font-mono txt-small text-ui-fg-subtle">{t.url}</Table.Cell>
                <Table.Cell>{t.lookup_count}</Table.Cell>
                <Table.Cell>
                  {t.client_count}
                  {t.suspicious && <Badge size="2xsmall" color="red" className="ml-2">Nghi giả</Badge>}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">{when(t.last_looked_up_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </Container>
  )
}

export default BatchStampsPage
