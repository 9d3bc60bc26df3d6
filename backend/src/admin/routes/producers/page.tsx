import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { ProducerMembers } from "../../components/ProducerMembers"
import { RecordsPage, type AdminRecord } from "../../components/RecordsPage"
import { PRODUCER_TYPE_OPTIONS, PROVINCE_OPTIONS } from "../../lib/labels"

const FIELDS = [
  { name: "name", label: "Tên chủ thể", required: true },
  { name: "handle", label: "Đường dẫn (chữ thường, số, gạch ngang)", required: true },
  { name: "type", label: "Loại hình", kind: "select" as const, options: PRODUCER_TYPE_OPTIONS, required: true },
  { name: "province", label: "Tỉnh, thành phố", kind: "select" as const, options: PROVINCE_OPTIONS, required: true },
  { name: "ward", label: "Phường, xã" },
  { name: "address", label: "Địa chỉ" },
  { name: "phone", label: "Điện thoại" },
  { name: "email", label: "E-mail (nhận thông báo)" },
  { name: "website", label: "Website" },
  { name: "story", label: "Câu chuyện", kind: "textarea" as const },
  { name: "latitude", label: "Vĩ độ", kind: "number" as const },
  { name: "longitude", label: "Kinh độ", kind: "number" as const },
]

/** a producer as /admin/producers lists it (the columns read these) */
type ProducerRow = AdminRecord & { email: string | null }

const ProducersPage = () => (
  <RecordsPage<ProducerRow>
    title="Chủ thể OCOP"
    path="/admin/producers"
    fields={FIELDS}
    columns={[
      { label: "E-mail", value: (r) => r.email ?? "—" },
    ]}
    extra={(r) => <ProducerMembers producerId={r.id} />}
  />
)

export const config = defineRouteConfig({ label: "Chủ thể OCOP", icon: Buildings })

export default ProducersPage
