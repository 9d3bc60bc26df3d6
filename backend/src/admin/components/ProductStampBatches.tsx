import { Button, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../lib/api"
import type { BatchRow } from "../lib/registry"
import { useActorNames } from "../lib/useNames"
import { BatchDecision } from "./BatchDecision"
import { BatchesTable } from "./BatchesTable"
import { IssueBatchForm } from "./IssueBatchForm"

// The product's stamp batches (the producer's requests too) and the form to
// issue a new one; each issued batch links to its printable label sheets.
export function ProductStampBatches({ productId, title, gtins }: { productId: string; title: string; gtins: string[] }) {
  const [batches, setBatches] = useState<BatchRow[] | null>(null)
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [issuing, setIssuing] = useState(false)
  const load = useCallback(() => {
    adminFetch<{ batches: BatchRow[]; count: number }>(`/admin/ocop/stamp-batches?product_id=${encodeURIComponent(productId)}&limit=100`).then(
      (r) => { setBatches(r.batches); setCount(r.count) },
      (e) => setError(e.message)
    )
  }, [productId])
  useEffect(load, [load])
  const actor = useActorNames((batches ?? []).flatMap((b) => [b.requested_by, b.decided_by]))
  const issued = (batches ?? []).filter((b) => b.status === "issued").reduce((n, b) => n + b.quantity, 0)

  return (
    <section className="flex flex-col gap-2 px-6 py-4" aria-labelledby="ocop-stamps-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h3" id="ocop-stamps-heading">
          Tem truy xuất {batches && <Text as="span" size="small" className="text-ui-fg-subtle">({issued.toLocaleString("vi-VN")} tem đã phát hành)</Text>}
        </Heading>
        <Button size="small" variant="secondary" onClick={() => setIssuing((x) => !x)} aria-expanded={issuing}>{issuing ? "Đóng" : "Phát hành tem"}</Button>
      </div>
      {issuing && (
        <div className="rounded-md border p-4">
          <IssueBatchForm productId={productId} gtins={gtins} onDone={() => { setIssuing(false); load() }} />
        </div>
      )}
      {error && <Text size="small" className="text-ui-fg-error">{error}</Text>}
      {batches && batches.length === 0 && <Text size="small" className="text-ui-fg-subtle">Chưa có lô tem nào.</Text>}
      {batches && batches.length > 0 && (
        <BatchesTable
          batches={batches}
          actor={actor}
          actions={(b) => (b.status === "requested" ? <BatchDecision batchId={b.id} title={`${title}, ${b.quantity} tem`} onDone={load} /> : null)}
        />
      )}
      {count > (batches?.length ?? 0) && <Text size="small" className="text-ui-fg-subtle">Hiển thị 100 lô mới nhất trên {count}; xem thêm ở trang Tem OCOP.</Text>}
    </section>
  )
}
