import { Badge } from "@medusajs/ui"
import type { TraceReportRow } from "../lib/registry"
import { when } from "../lib/registry-labels"
import { usePaged } from "../lib/usePaged"
import { PagedTable, type PagedColumn } from "./PagedTable"

const COLUMNS: PagedColumn<TraceReportRow>[] = [
  { label: "Ngày", className: "whitespace-nowrap", cell: (r) => when(r.created_at) },
  { label: "Số sê-ri", cell: (r) => (
    <>
      <span className="font-mono">{r.serial}</span>
      {/* no stamp behind the serial: nobody issued it */}
      {!r.stamp_id && <Badge size="2xsmall" color="red" className="ml-2">Không có trong sổ</Badge>}
    </>
  ) },
  { label: "Nội dung", className: "max-w-md whitespace-pre-wrap", cell: (r) => r.message ?? "—" },
  { label: "Liên hệ", cell: (r) => r.contact ?? "—" },
  { label: "Trạng thái", cell: (r) => <Badge size="2xsmall" color={r.status === "open" ? "orange" : "grey"}>{r.status === "open" ? "Mới" : "Đã xử lý"}</Badge> },
]

// What shoppers reported from the trace page: a serial we never issued (no
// stamp: likely invented) or a stamp they doubt. Newest first.
export function TraceReportsTab() {
  const list = usePaged<TraceReportRow>("/admin/ocop/trace-reports", "reports")
  return <PagedTable list={list} columns={COLUMNS} rowKey={(r) => r.id} rowTestId="trace-report" empty="Chưa có phản ánh nào." />
}
