import { formatDateTime, groupOfSubgroup, subgroupOf } from "@ocop/shared"
import { groupName, provinceName } from "./labels"

// Vietnamese words for the registry's codes (certificate and batch states,
// history actions, certified facts), so staff never read raw enum values.

type Color = "green" | "orange" | "red" | "grey" | "blue" | "purple"

export const CERT_RECORD_STATUS: Record<string, { label: string; color: Color }> = {
  pending: { label: "Chờ xác minh", color: "orange" },
  verified: { label: "Đã xác minh", color: "green" },
  rejected: { label: "Bị từ chối", color: "red" },
  revoked: { label: "Đã thu hồi", color: "red" },
  superseded: { label: "Đã thay thế", color: "grey" },
  expired: { label: "Đã hết hạn", color: "grey" },
}

// What the certificate means today (dates included), as a shopper's trace page says it.
export const LIVE_STATUS: Record<string, { label: string; color: Color }> = {
  valid: { label: "Còn hiệu lực", color: "green" },
  expiring: { label: "Sắp hết hạn", color: "orange" },
  expired: { label: "Đã hết hạn", color: "red" },
  revoked: { label: "Đã thu hồi", color: "red" },
  superseded: { label: "Đã thay thế", color: "grey" },
  pending: { label: "Chưa xác minh", color: "orange" },
}

export const EVENT_ACTION: Record<string, string> = {
  submitted: "Chủ thể gửi",
  edited: "Sửa",
  resubmitted: "Chủ thể sửa và gửi lại",
  verified: "Xác minh",
  rejected: "Từ chối",
  revoked: "Thu hồi",
  superseded: "Bị thay thế",
  imported: "Nhập từ dữ liệu cũ",
}

export const BATCH_STATUS: Record<string, { label: string; color: Color }> = {
  requested: { label: "Chờ duyệt", color: "orange" },
  issued: { label: "Đã phát hành", color: "green" },
  declined: { label: "Bị từ chối", color: "red" },
}

export const FACT_LABEL: Record<string, string> = {
  number: "Số quyết định",
  issuer: "Cơ quan cấp",
  issued_at: "Ngày cấp",
  expires_at: "Ngày hết hạn",
  stars: "Hạng sao",
  score: "Điểm",
  group: "Nhóm",
  subgroup: "Phân nhóm",
  province: "Tỉnh, thành",
  legacy_province: "Tỉnh cũ",
  scan_url: "Bản chụp",
}

/** A certified fact's value in words (codes become names; empty is a dash). */
export function factValue(field: string, value: unknown, group?: string): string {
  if (value === null || value === undefined || value === "") return "—"
  const v = String(value)
  if (field === "group") return groupName(v)
  if (field === "province") return provinceName(v)
  if (field === "stars") return `${v}★`
  if (field === "subgroup") return subgroupName(group, v)
  return v
}

// subgroup codes are unique across groups: history written before a subgroup moved group
// (tea and coffee from beverages to food, Decision 148/QĐ-TTg) still reads as a name
export function subgroupName(group: string | undefined, code: string): string {
  return (group && subgroupOf(group, code)?.name) || groupOfSubgroup(code)?.subgroups.find((s) => s.code === code)?.name || code
}

/** A timestamp as staff in Vietnam read it. */
export const when = (iso?: string | null) => (iso ? formatDateTime(iso, "vi-VN") : "—")
