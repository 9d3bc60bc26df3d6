import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Badge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { RecordsPage, type AdminRecord } from "../../components/RecordsPage"
import { PROVINCE_OPTIONS } from "../../lib/labels"

const FIELDS = [
  { name: "name", label: "Tên hội chợ", required: true },
  { name: "handle", label: "Đường dẫn (chữ thường, số, gạch ngang)", required: true },
  { name: "starts_at", label: "Bắt đầu", kind: "datetime" as const, required: true },
  { name: "ends_at", label: "Kết thúc", kind: "datetime" as const, required: true },
  { name: "venue", label: "Địa điểm", required: true },
  { name: "address", label: "Địa chỉ" },
  { name: "province", label: "Tỉnh, thành phố", kind: "select" as const, options: PROVINCE_OPTIONS, required: true },
  { name: "latitude", label: "Vĩ độ", kind: "number" as const },
  { name: "longitude", label: "Kinh độ", kind: "number" as const },
  { name: "organiser", label: "Đơn vị tổ chức", required: true },
  { name: "booth_count", label: "Số gian hàng", kind: "number" as const },
  { name: "description", label: "Giới thiệu", kind: "textarea" as const },
  { name: "published", label: "Công bố trên cửa hàng", kind: "checkbox" as const },
]

/** a fair as /admin/fairs lists it (the columns read these) */
type FairRow = AdminRecord & { starts_at: string; ends_at: string; published: boolean }

const FairsPage = () => (
  <RecordsPage<FairRow>
    title="Hội chợ"
    path="/admin/fairs"
    fields={FIELDS}
    columns={[
      { label: "Thời gian", value: (r) => `${String(r.starts_at).slice(0, 10)} → ${String(r.ends_at).slice(0, 10)}` },
      { label: "Trạng thái", value: (r) => <Badge color={r.published ? "green" : "grey"}>{r.published ? "Đã công bố" : "Nháp"}</Badge> },
    ]}
    extra={(r) => <Link className="text-ui-fg-interactive" to={`/fairs/${r.id}`}>Danh mục gian hàng và sản phẩm →</Link>}
  />
)

export const config = defineRouteConfig({ label: "Hội chợ", icon: Calendar })

export default FairsPage
