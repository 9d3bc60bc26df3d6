import { GROUPS, PROVINCES } from "@ocop/shared"

// Names staff read instead of codes.
export const provinceName = (code?: string) => PROVINCES.find((p) => p.code === code)?.name ?? code ?? "—"
export const groupName = (code?: string) => GROUPS.find((g) => g.code === code)?.name ?? code ?? "—"

export const VERIFICATION_LABEL: Record<string, string> = {
  pending: "Chờ xác minh",
  verified: "Đã xác minh",
  rejected: "Bị từ chối",
}
