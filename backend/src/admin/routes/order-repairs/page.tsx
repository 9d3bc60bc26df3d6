import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { when } from "../../lib/registry-labels"
import { usePaged } from "../../lib/usePaged"
import { PagedTable, type PagedColumn } from "../../components/PagedTable"

interface RepairRow {
  id: string
  order_id: string
  cart_id: string
  outcome: "completed" | "cancelled"
  repaired: string[]
  found_by: "retry" | "startup" | "schedule"
  reason: string | null
  created_at: string
  order: { display_id: number; email: string | null; status: string } | null
}

const REPAIRED: Record<string, string> = {
  cart_link: "liên kết giỏ hàng",
  payment_link: "liên kết thanh toán",
  cart_completed: "đóng giỏ hàng",
  reservations: "giữ hàng trong kho",
  payment_authorized: "xác nhận thanh toán",
  cancelled: "hủy đơn",
  stock_released: "trả hàng về kho",
}
const FOUND_BY = { retry: "Khách bấm lại", startup: "Khi khởi động", schedule: "Kiểm tra định kỳ" }

const COLUMNS: PagedColumn<RepairRow>[] = [
  { label: "Thời điểm", className: "whitespace-nowrap", cell: (r) => when(r.created_at) },
  { label: "Đơn hàng", cell: (r) => (
    <>
      <Link to={`/orders/${r.order_id}`} className="text-ui-fg-interactive">#{r.order?.display_id ?? r.order_id}</Link>
      {r.order?.email && <Text size="small" className="text-ui-fg-subtle">{r.order.email}</Text>}
    </>
  ) },
  { label: "Kết quả", cell: (r) => (
    <>
      <Badge size="2xsmall" color={r.outcome === "completed" ? "green" : "red"}>{r.outcome === "completed" ? "Đã hoàn tất" : "Đã hủy"}</Badge>
      {r.reason && <Text size="small" className="text-ui-fg-subtle max-w-sm">{r.reason}</Text>}
    </>
  ) },
  { label: "Đã bổ sung", cell: (r) => r.repaired.map((k) => REPAIRED[k] ?? k).join(", ") },
  { label: "Phát hiện", cell: (r) => FOUND_BY[r.found_by] },
]

// Checkouts a fault (server or database down mid-order) left half-made, and
// what recovery did: completed the order, or cancelled it and released its
// stock when the goods were gone — the shopper may need a call.
const OrderRepairsPage = () => {
  const list = usePaged<RepairRow>("/admin/order-repairs", "repairs")
  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Khôi phục đơn hàng</Heading>
        <Text size="small" className="text-ui-fg-subtle">Đơn hàng bị gián đoạn khi máy chủ hoặc cơ sở dữ liệu gặp sự cố, và cách hệ thống đã xử lý.</Text>
      </div>
      <PagedTable
        list={list}
        empty="Chưa có đơn nào cần khôi phục."
        rowKey={(r) => r.id}
        rowTestId="order-repair"
        columns={COLUMNS}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Khôi phục đơn hàng", icon: ArrowPath })

export default OrderRepairsPage
