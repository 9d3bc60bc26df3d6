import { Badge, Table, Text } from "@medusajs/ui"
import type { TraceReportRow } from "../lib/registry"
import { when } from "../lib/registry-labels"
import { usePaged } from "../lib/usePaged"
import { Pager } from "./Pager"

// What shoppers reported from the trace page: a serial we never issued (no
// stamp: likely invented) or a stamp they doubt. Newest first.
export function TraceReportsTab() {
  const list = usePaged<TraceReportRow>("/admin/ocop/trace-reports", "reports")
  if (list.error) return <Text className="px-6 py-4 text-ui-fg-error">{list.error}</Text>
  if (list.rows && !list.rows.length) return <Text className="px-6 py-4">Chưa có phản ánh nào.</Text>
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Ngày</Table.HeaderCell>
            <Table.HeaderCell>Số sê-ri</Table.HeaderCell>
            <Table.HeaderCell>Nội dung</Table.HeaderCell>
            <Table.HeaderCell>Liên hệ</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.rows ?? []).map((r) => (
            <Table.Row key={r.id} data-testid="trace-report">
              <Table.Cell className="whitespace-nowrap">{when(r.created_at)}</Table.Cell>
              <Table.Cell>
                <span className="font-mono">{r.serial}</span>
                {/* no stamp behind the serial: nobody issued it */}
                {!r.stamp_id && <Badge size="2xsmall" color="red" className="ml-2">Không có trong sổ</Badge>}
              </Table.Cell>
              <Table.Cell className="max-w-md whitespace-pre-wrap">{r.message ?? "—"}</Table.Cell>
              <Table.Cell>{r.contact ?? "—"}</Table.Cell>
              <Table.Cell><Badge size="2xsmall" color={r.status === "open" ? "orange" : "grey"}>{r.status === "open" ? "Mới" : "Đã xử lý"}</Badge></Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </>
  )
}
