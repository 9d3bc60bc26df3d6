import { GROUPS, PRODUCER_TYPES, PROVINCES, SALES_POINT_TYPES } from "@ocop/shared"

// Names staff read instead of codes.
export const provinceName = (code?: string) => PROVINCES.find((p) => p.code === code)?.name ?? code ?? "—"
export const groupName = (code?: string) => GROUPS.find((g) => g.code === code)?.name ?? code ?? "—"

export const VERIFICATION_LABEL: Record<string, string> = {
  pending: "Chờ xác minh",
  verified: "Đã xác minh",
  rejected: "Bị từ chối",
}

export const PROVINCE_OPTIONS = PROVINCES.map((p) => ({ value: p.code, label: p.name }))
export const PRODUCER_TYPE_OPTIONS = Object.entries(PRODUCER_TYPES).map(([value, t]) => ({ value, label: t.name }))
export const SALES_POINT_TYPE_OPTIONS = Object.entries(SALES_POINT_TYPES).map(([value, t]) => ({ value, label: t.name }))
