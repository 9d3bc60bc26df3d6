import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { RecordsPage, type AdminRecord } from "../../components/RecordsPage"
import { PROVINCE_OPTIONS, SALES_POINT_TYPE_OPTIONS } from "../../lib/labels"

const FIELDS = [
  { name: "name", label: "Tên điểm bán", required: true },
  { name: "handle", label: "Đường dẫn (chữ thường, số, gạch ngang)", required: true },
  { name: "type", label: "Loại", kind: "select" as const, options: SALES_POINT_TYPE_OPTIONS, required: true },
  { name: "province", label: "Tỉnh, thành phố", kind: "select" as const, options: PROVINCE_OPTIONS, required: true },
  { name: "ward", label: "Phường, xã" },
  { name: "address", label: "Địa chỉ", required: true },
  { name: "latitude", label: "Vĩ độ", kind: "number" as const, required: true, help: "Trong lãnh thổ Việt Nam (8–24° Bắc). Lấy từ bản đồ: chuột phải → tọa độ." },
  { name: "longitude", label: "Kinh độ", kind: "number" as const, required: true, help: "102–118° Đông." },
  { name: "opening_hours", label: "Giờ mở cửa" },
  { name: "phone", label: "Điện thoại" },
  { name: "email", label: "E-mail" },
  { name: "description", label: "Giới thiệu", kind: "textarea" as const },
]

/** a sales point as /admin/sales-points lists it (the columns read these) */
type SalesPointRow = AdminRecord & { latitude: number; longitude: number }

const SalesPointsPage = () => (
  <RecordsPage<SalesPointRow>
    title="Điểm bán OCOP"
    path="/admin/sales-points"
    fields={FIELDS}
    columns={[
      { label: "Tọa độ", value: (r) => (
        <a href={`https://www.openstreetmap.org/?mlat=${r.latitude}&mlon=${r.longitude}#map=17/${r.latitude}/${r.longitude}`} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
          {Number(r.latitude).toFixed(5)}, {Number(r.longitude).toFixed(5)}
        </a>
      ) },
    ]}
  />
)

export const config = defineRouteConfig({ label: "Điểm bán OCOP", icon: MapPin })

export default SalesPointsPage
