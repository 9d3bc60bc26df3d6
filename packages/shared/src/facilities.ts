// Kinds of OCOP producers ("chủ thể") and of physical sales points (Decision 950/QĐ-BCT).

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
export const SALES_POINT_TYPE_CODES = Object.keys(SALES_POINT_TYPES) as [SalesPointType, ...SalesPointType[]]
