import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { SuspiciousStampRow } from "../lib/registry"
import { usePaged } from "../lib/usePaged"
import { PagedTable, type PagedColumn } from "./PagedTable"

const COLUMNS: PagedColumn<SuspiciousStampRow>[] = [
  // not a link: opening the public trace page would count staff as one more client
  { label: "Số sê-ri", className: "font-mono", cell: (s) => <span title={s.url}>{s.serial}</span> },
  { label: "Sản phẩm · chủ thể", cell: (s) => (
    <>
      {s.product ? <Link className="text-ui-fg-interactive" to={`/products/${s.product.id}`}>{s.product.title}</Link> : "—"}
      {s.product?.producer?.name && <Text size="small" className="text-ui-fg-subtle">{s.product.producer.name}</Text>}
    </>
  ) },
  { label: "Lô", cell: (s) => (s.batch_id ? <Link className="text-ui-fg-interactive" to={`/ocop-stamps/${s.batch_id}`}>{s.lot ?? "xem lô"}</Link> : s.lot ?? "—") },
  { label: "Thiết bị", className: "font-medium text-ui-fg-error", cell: (s) => s.client_count },
  { label: "Lượt tra cứu", cell: (s) => s.lookup_count },
]

// Stamps looked up from many distinct clients: one genuine package is scanned
// by a few people, so a serial seen by many was probably copied onto fakes.
export function SuspiciousStampsTab() {
  const list = usePaged<SuspiciousStampRow>("/admin/ocop/stamps", "stamps")
  const threshold = list.extra.threshold as number | undefined
  return (
    <>
      <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
        Tem được tra cứu từ {threshold ?? "…"} thiết bị khác nhau trở lên — có thể đã bị sao chép lên hàng giả. Kiểm tra với chủ thể và nơi bán.
      </Text>
      <PagedTable list={list} columns={COLUMNS} rowKey={(s) => s.serial} rowTestId="suspicious-stamp" empty="Không có tem nào đáng ngờ." />
    </>
  )
}
