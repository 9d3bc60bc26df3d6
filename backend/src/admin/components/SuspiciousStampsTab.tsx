import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { SuspiciousStampRow } from "../lib/registry"
import { usePaged } from "../lib/usePaged"
import { Pager } from "./Pager"

// Stamps looked up from many distinct clients: one genuine package is scanned
// by a few people, so a serial seen by many was probably copied onto fakes.
export function SuspiciousStampsTab() {
  const list = usePaged<SuspiciousStampRow>("/admin/ocop/stamps", "stamps")
  const threshold = list.extra.threshold as number | undefined
  if (list.error) return <Text className="px-6 py-4 text-ui-fg-error">{list.error}</Text>
  return (
    <>
      <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
        Tem được tra cứu từ {threshold ?? "…"} thiết bị khác nhau trở lên — có thể đã bị sao chép lên hàng giả. Kiểm tra với chủ thể và nơi bán.
      </Text>
      {list.rows && !list.rows.length && <Text className="px-6 py-4">Không có tem nào đáng ngờ.</Text>}
      {!!list.rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Số sê-ri</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm · chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Lô</Table.HeaderCell>
              <Table.HeaderCell>Thiết bị</Table.HeaderCell>
              <Table.HeaderCell>Lượt tra cứu</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.rows.map((s) => (
              <Table.Row key={s.serial} data-testid="suspicious-stamp">
                {/* not a link: opening the public trace page would count staff as one more client */}
                <Table.Cell className="font-mono" title={s.url}>{s.serial}</Table.Cell>
                <Table.Cell>
                  {s.product ? <Link className="text-ui-fg-interactive" to={`/products/${s.product.id}`}>{s.product.title}</Link> : "—"}
                  {s.product?.producer?.name && <Text size="small" className="text-ui-fg-subtle">{s.product.producer.name}</Text>}
                </Table.Cell>
                <Table.Cell>{s.batch_id ? <Link className="text-ui-fg-interactive" to={`/ocop-stamps/${s.batch_id}`}>{s.lot ?? "xem lô"}</Link> : s.lot ?? "—"}</Table.Cell>
                <Table.Cell className="font-medium text-ui-fg-error">{s.client_count}</Table.Cell>
                <Table.Cell>{s.lookup_count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </>
  )
}
