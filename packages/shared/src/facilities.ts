// Kinds of OCOP producers ("chủ thể") and of physical sales points.
// The sales-point kinds (centre, stall, sales point, counter) are those of the criteria of the
// Ministry of Industry and Trade: Decision 920/QĐ-BCT of 16/4/2019 (named in the provincial OCOP
// plans) and, for 2023–2025, Decision 950/QĐ-BCT of 18/4/2023 which replaced it (see SALES_POINT_CRITERIA).

export const PRODUCER_TYPES = {
  cooperative: { name: "Hợp tác xã", short: "HTX", en: "Cooperative" },
  enterprise: { name: "Doanh nghiệp", short: "DN", en: "Enterprise" },
  "cooperative-group": { name: "Tổ hợp tác", short: "THT", en: "Cooperative group" },
  household: { name: "Hộ sản xuất có đăng ký kinh doanh", short: "Hộ", en: "Registered household" },
} as const
export type ProducerType = keyof typeof PRODUCER_TYPES
export const PRODUCER_TYPE_CODES = Object.keys(PRODUCER_TYPES) as [ProducerType, ...ProducerType[]]

export const SALES_POINT_TYPES = {
  centre: { name: "Trung tâm OCOP", en: "OCOP centre" },
  stall: { name: "Gian hàng OCOP", en: "OCOP stall" },
  point: { name: "Điểm bán OCOP", en: "OCOP sales point" },
  counter: { name: "Quầy OCOP", en: "OCOP counter" },
} as const
export type SalesPointType = keyof typeof SALES_POINT_TYPES

/** The decisions defining the sales-point kinds and their criteria, oldest first: shown wherever the source is cited. */
export const SALES_POINT_CRITERIA = [
  { number: "920/QĐ-BCT", date: "2019-04-16", note: "criteria named in the provincial OCOP plans", note_vi: "tiêu chí nêu trong kế hoạch OCOP của các tỉnh" },
  { number: "950/QĐ-BCT", date: "2023-04-18", note: "criteria for 2023–2025 (replaces 920)", note_vi: "tiêu chí giai đoạn 2023–2025 (thay Quyết định 920)" },
] as const
export const SALES_POINT_TYPE_CODES = Object.keys(SALES_POINT_TYPES) as [SalesPointType, ...SalesPointType[]]
