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
  p("hue", "Huế", "Hue", "city"),
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
const byLegacy = new Map(PROVINCES.flatMap((x) => x.legacy.map((l) => [l, x] as const)))

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code)
}

/** The current province a former province (e.g. "Bắc Kạn") now belongs to. */
export function provinceOfLegacy(name: string): Province | undefined {
  return byLegacy.get(name)
}

export const LEGACY_PROVINCE_NAMES = [...byLegacy.keys()]

/** Two-letter-ish initials used in traceability codes: "thai-nguyen" → "TN". */
export function provinceInitials(code: string): string {
  return code
    .split("-")
    .map((w) => w[0])
    .join("")
    .toUpperCase()
}
