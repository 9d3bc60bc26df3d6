// The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15).
// `legacy` lists the former provinces merged into each one: certificates issued
// before the merger name them, so they stay searchable.

export type ProvinceKind = "city" | "province"

export interface Province {
  code: string
  name: string
  en: string
  kind: ProvinceKind
  legacy: string[]
}

const p = (code: string, name: string, en: string, kind: ProvinceKind, legacy: string[] = []): Province => ({
  code,
  name,
  en,
  kind,
  legacy,
})

export const PROVINCES: readonly Province[] = [
  p("ha-noi", "Hà Nội", "Hanoi", "city"),
  p("hue", "Huế", "Hue", "city", ["Thừa Thiên Huế"]),
  p("hai-phong", "Hải Phòng", "Hai Phong", "city", ["Hải Dương"]),
  p("da-nang", "Đà Nẵng", "Da Nang", "city", ["Quảng Nam"]),
  p("ho-chi-minh", "TP Hồ Chí Minh", "Ho Chi Minh City", "city", ["Bình Dương", "Bà Rịa–Vũng Tàu"]),
  p("can-tho", "Cần Thơ", "Can Tho", "city", ["Sóc Trăng", "Hậu Giang"]),
  p("cao-bang", "Cao Bằng", "Cao Bang", "province"),
  p("lang-son", "Lạng Sơn", "Lang Son", "province"),
  p("lai-chau", "Lai Châu", "Lai Chau", "province"),
  p("dien-bien", "Điện Biên", "Dien Bien", "province"),
  p("son-la", "Sơn La", "Son La", "province"),
  p("quang-ninh", "Quảng Ninh", "Quang Ninh", "province"),
  p("thanh-hoa", "Thanh Hóa", "Thanh Hoa", "province"),
  p("nghe-an", "Nghệ An", "Nghe An", "province"),
  p("ha-tinh", "Hà Tĩnh", "Ha Tinh", "province"),
  p("tuyen-quang", "Tuyên Quang", "Tuyen Quang", "province", ["Hà Giang"]),
  p("lao-cai", "Lào Cai", "Lao Cai", "province", ["Yên Bái"]),
  p("thai-nguyen", "Thái Nguyên", "Thai Nguyen", "province", ["Bắc Kạn"]),
  p("phu-tho", "Phú Thọ", "Phu Tho", "province", ["Vĩnh Phúc", "Hòa Bình"]),
  p("bac-ninh", "Bắc Ninh", "Bac Ninh", "province", ["Bắc Giang"]),
  p("hung-yen", "Hưng Yên", "Hung Yen", "province", ["Thái Bình"]),
  p("ninh-binh", "Ninh Bình", "Ninh Binh", "province", ["Hà Nam", "Nam Định"]),
  p("quang-tri", "Quảng Trị", "Quang Tri", "province", ["Quảng Bình"]),
  p("quang-ngai", "Quảng Ngãi", "Quang Ngai", "province", ["Kon Tum"]),
  p("gia-lai", "Gia Lai", "Gia Lai", "province", ["Bình Định"]),
  p("khanh-hoa", "Khánh Hòa", "Khanh Hoa", "province", ["Ninh Thuận"]),
  p("lam-dong", "Lâm Đồng", "Lam Dong", "province", ["Đắk Nông", "Bình Thuận"]),
  p("dak-lak", "Đắk Lắk", "Dak Lak", "province", ["Phú Yên"]),
  p("dong-nai", "Đồng Nai", "Dong Nai", "province", ["Bình Phước"]),
  p("tay-ninh", "Tây Ninh", "Tay Ninh", "province", ["Long An"]),
  p("vinh-long", "Vĩnh Long", "Vinh Long", "province", ["Bến Tre", "Trà Vinh"]),
  p("dong-thap", "Đồng Tháp", "Dong Thap", "province", ["Tiền Giang"]),
  p("ca-mau", "Cà Mau", "Ca Mau", "province", ["Bạc Liêu"]),
  p("an-giang", "An Giang", "An Giang", "province", ["Kiên Giang"]),
]

export const PROVINCE_CODES = PROVINCES.map((x) => x.code) as [string, ...string[]]

const byCode = new Map(PROVINCES.map((x) => [x.code, x]))

/** One spelling of a name: NFC, any dash or hyphen (-, –, —, ‐, −) with or without spaces as "–", single spaces. */
function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s*[-\u2010-\u2015\u2212]\s*/g, "–").replace(/\s+/g, " ")
}
const byLegacy = new Map(PROVINCES.flatMap((x) => x.legacy.map((l) => [nameKey(l), x] as const)))
const legacySpelling = new Map(PROVINCES.flatMap((x) => x.legacy.map((l) => [nameKey(l), l] as const)))

/**
 * The day a former province stopped existing: the 2025 mergers took effect on 1 July 2025
 * (Resolution 202/2025/QH15); Thừa Thiên Huế became the centrally-run city of Huế on
 * 1 January 2025 (Resolution 1314/NQ-UBTVQH15). A certificate names a former province only
 * if it was issued before that day.
 */
export const PROVINCE_MERGER_DATE = "2025-07-01"
const MERGED_ON: Record<string, string> = { "Thừa Thiên Huế": "2025-01-01" }
export function legacyProvinceEndedOn(name: string): string | undefined {
  const canonical = canonicalLegacyProvince(name)
  return canonical ? (MERGED_ON[canonical] ?? PROVINCE_MERGER_DATE) : undefined
}

/** A former province's name as this package writes it ("Bà Rịa - Vũng Tàu" → "Bà Rịa–Vũng Tàu"); undefined if it is none. */
export function canonicalLegacyProvince(name: string): string | undefined {
  return typeof name === "string" ? legacySpelling.get(nameKey(name)) : undefined
}

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code)
}

/** The current province a former province (e.g. "Bắc Kạn") now belongs to. */
export function provinceOfLegacy(name: string): Province | undefined {
  return typeof name === "string" ? byLegacy.get(nameKey(name)) : undefined
}

export const LEGACY_PROVINCE_NAMES = [...legacySpelling.values()]

/** Two-letter-ish initials used in traceability codes: "thai-nguyen" → "TN". */
export function provinceInitials(code: string): string {
  return code
    .split("-")
    .map((w) => w[0])
    .join("")
    .toUpperCase()
}

// Who issues an OCOP certificate (Decision 148/QĐ-TTg): 3★ and 4★ the provincial People's
// Committee — "UBND thành phố …" for the six centrally-run cities, "UBND tỉnh …" for the others;
// 5★ only the central level, the Ministry of Agriculture: "Bộ Nông nghiệp và Phát triển nông thôn"
// until it merged into "Bộ Nông nghiệp và Môi trường" on 1 March 2025 (Decree 35/2025/NĐ-CP).
export const MINISTRY_RENAMED_ON = "2025-03-01"
export const MINISTRY_BEFORE = "Bộ Nông nghiệp và Phát triển nông thôn"
export const MINISTRY_SINCE = "Bộ Nông nghiệp và Môi trường"

/** The ministry's name on a certificate issued on that day. */
export function ministryOn(issuedAt: string): string {
  return issuedAt < MINISTRY_RENAMED_ON ? MINISTRY_BEFORE : MINISTRY_SINCE
}

/** The issuer to print: central (the ministry of the day) or the province's People's Committee (a former province's before its merger). */
export function issuerName(o: { province: string; issued_at: string; central?: boolean; legacy_province?: string | null }): string {
  if (o.central) return `${ministryOn(o.issued_at)} (Hội đồng OCOP Trung ương)`
  const legacy = o.legacy_province ? canonicalLegacyProvince(o.legacy_province) : undefined
  if (legacy && o.issued_at < (legacyProvinceEndedOn(legacy) ?? "")) return `UBND tỉnh ${legacy}`
  const prov = provinceByCode(o.province)
  if (!prov) return `UBND tỉnh ${o.province}`
  if (prov.kind === "city") return `UBND thành phố ${prov.name.replace(/^TP\s+/, "")}`
  return `UBND tỉnh ${prov.name}`
}

/** Whether an issuer is the central level (the ministry or its OCOP council), which alone may certify 5★. */
export function isCentralIssuer(issuer: string): boolean {
  const s = issuer.normalize("NFC").toLowerCase()
  return !/^\s*(ubnd|ủy ban|uỷ ban|hội đồng ocop (tỉnh|thành phố))/.test(s) && /(bộ nông nghiệp|trung ương)/.test(s)
}
