import { Button, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import type { BatchRow } from "../lib/registry"
import { useActorNames } from "../lib/useNames"
import { usePaged } from "../lib/usePaged"
import { BatchDecision } from "./BatchDecision"
import { BatchesTable } from "./BatchesTable"
import { IssueBatchForm } from "./IssueBatchForm"
import { Pager } from "./Pager"
import { QueryState } from "./QueryState"

// The product's stamp batches (the producer's requests too) and the form to
// issue a new one; each issued batch links to its printable label sheets.
export function ProductStampBatches({ productId, title, gtins }: { productId: string; title: string; gtins: string[] }) {
  const [issuing, setIssuing] = useState(false)
  const list = usePaged<BatchRow>(`/admin/ocop/stamp-batches?product_id=${encodeURIComponent(productId)}`, "batches", 100)
  const { rows: batches, count, error, load } = list
  const actor = useActorNames((batches ?? []).flatMap((b) => [b.requested_by, b.decided_by]))
  // the total only when one page holds every batch (a page's sum would understate it)
  const issued = (batches ?? []).filter((b) => b.status === "issued").reduce((n, b) => n + b.quantity, 0)

  return (
    <section className="flex flex-col gap-2 px-6 py-4" aria-labelledby="ocop-stamps-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h3" id="ocop-stamps-heading">
          Tem truy xuất {batches && count <= batches.length && <Text as="span" size="small" className="text-ui-fg-subtle">({issued.toLocaleString("vi-VN")} tem đã phát hành)</Text>}
        </Heading>
        <Button size="small" variant="secondary" onClick={() => setIssuing((x) => !x)} aria-expanded={issuing}>{issuing ? "Đóng" : "Phát hành tem"}</Button>
      </div>
      {issuing && (
        <div className="rounded-md border p-4">
          <IssueBatchForm productId={productId} gtins={gtins} onDone={() => { setIssuing(false); load() }} />
        </div>
      )}
      <QueryState isPending={list.isLoading} error={error} className="txt-small" />
      {batches && batches.length === 0 && <Text size="small" className="text-ui-fg-subtle">Chưa có lô tem nào.</Text>}
      {batches && batches.length > 0 && (
        <BatchesTable
          batches={batches}
          actor={actor}
          actions={(b) => (b.status === "requested" ? <BatchDecision batchId={b.id} title={`${title}, ${b.quantity} tem`} onDone={load} /> : null)}
        />
      )}
      <Pager count={count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </section>
  )
}
