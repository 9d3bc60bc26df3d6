import { Text } from "@medusajs/ui"
import type { BatchRow } from "../lib/registry"
import { usePaged } from "../lib/usePaged"
import { useActorNames, useProductTitles } from "../lib/useNames"
import { BatchDecision } from "./BatchDecision"
import { BatchesTable } from "./BatchesTable"
import { Pager } from "./Pager"
import { QueryState } from "./QueryState"

// Stamp batches of every product in one state: producers' requests waiting
// for a decision (oldest matter most, but newest come first as the route
// sorts them), or issued batches to print and follow up.
export function BatchListTab({ status }: { status: "requested" | "issued" }) {
  const list = usePaged<BatchRow>(`/admin/ocop/stamp-batches?status=${status}`, "batches")
  const rows = list.rows ?? []
  const product = useProductTitles(rows.map((b) => b.product_id))
  const actor = useActorNames(rows.flatMap((b) => [b.requested_by, b.decided_by]))
  if (list.error || !list.rows) return <QueryState isPending={list.isLoading} error={list.error} />
  if (!rows.length) {
    return <Text className="px-6 py-4">{status === "requested" ? "Không có yêu cầu tem nào đang chờ." : "Chưa phát hành lô tem nào."}</Text>
  }
  return (
    <>
      <BatchesTable
        batches={rows}
        product={product}
        actor={actor}
        actions={(b) => (b.status === "requested" ? <BatchDecision batchId={b.id} title={`${product(b.product_id)}, ${b.quantity} tem`} onDone={list.load} /> : null)}
      />
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </>
  )
}
