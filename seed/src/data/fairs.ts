import type { FairRow } from "../types"

// Dates are relative to the day the catalogue is first loaded, so a fresh
// install always has past, running and upcoming fairs.
export const FAIRS: FairRow[] = [
  {
    name: "Hội chợ OCOP Thái Nguyên mùa chè", startOffset: -210, days: 5,
    venue: "Quảng trường Nhân dân tỉnh", address: "Đường Hoàng Văn Thụ", province: "thai-nguyen", lat: 21.5930, lng: 105.8440,
    organiser: "Sở Công Thương Thái Nguyên", booths: 120,
    description: "Hội chợ thường niên giới thiệu chè Tân Cương, miến dong và sản phẩm OCOP vùng trung du miền núi phía Bắc.",
    exhibitorProvinces: ["thai-nguyen", "tuyen-quang", "cao-bang", "lang-son", "son-la"],
  },
  {
    name: "VIETNAM OCOPEX", startOffset: -95, days: 4,
    venue: "Trung tâm Triển lãm Việt Nam (VEC)", address: "Đông Anh", province: "ha-noi", lat: 21.1313, lng: 105.8050,
    organiser: "Bộ Nông nghiệp và Môi trường", booths: 300,
    description: "Triển lãm quốc gia sản phẩm OCOP với 300 gian hàng từ khắp 34 tỉnh, thành phố.",
    exhibitorProvinces: ["ha-noi", "quang-ninh", "hue", "da-nang", "lam-dong", "ho-chi-minh", "can-tho"],
  },
  {
    name: "Hội chợ OCOP Đồng bằng sông Cửu Long", startOffset: -3, days: 7,
    venue: "Khu triển lãm Bến Ninh Kiều", address: "Hai Bà Trưng, Ninh Kiều", province: "can-tho", lat: 10.0340, lng: 105.7890,
    organiser: "Sở Công Thương Cần Thơ", booths: 150,
    description: "Đặc sản miệt vườn, gạo ST25, nước mắm, kẹo dừa và du lịch cộng đồng vùng sông nước.",
    exhibitorProvinces: ["can-tho", "vinh-long", "dong-thap", "an-giang", "ca-mau", "tay-ninh"],
  },
  {
    name: "Tuần lễ OCOP Cố đô Huế", startOffset: 18, days: 5,
    venue: "Công viên Thương Bạc", address: "Đường Trần Hưng Đạo", province: "hue", lat: 16.4710, lng: 107.5850,
    organiser: "Sở Công Thương Huế", booths: 80,
    description: "Sản phẩm OCOP cung đình và làng nghề miền Trung bên bờ sông Hương.",
    exhibitorProvinces: ["hue", "quang-tri", "ha-tinh", "nghe-an", "da-nang"],
  },
  {
    name: "Festival OCOP Việt Nam", startOffset: 40, days: 5,
    venue: "Nhà thi đấu Quân khu 7", address: "202 Hoàng Văn Thụ, Tân Bình", province: "ho-chi-minh", lat: 10.7995, lng: 106.6660,
    organiser: "Văn phòng Điều phối nông thôn mới Trung ương", booths: 220,
    description: "Lễ hội sản phẩm OCOP toàn quốc với 220 gian hàng, trình diễn nghề và ẩm thực vùng miền.",
    exhibitorProvinces: ["ho-chi-minh", "dong-nai", "tay-ninh", "lam-dong", "dak-lak", "gia-lai", "khanh-hoa"],
  },
  {
    name: "Hội chợ OCOP Tây Nguyên và cà phê", startOffset: 75, days: 6,
    venue: "Quảng trường 10/3", address: "Buôn Ma Thuột", province: "dak-lak", lat: 12.6800, lng: 108.0380,
    organiser: "Sở Công Thương Đắk Lắk", booths: 140,
    description: "Cà phê, ca cao, mắc ca, thổ cẩm và du lịch buôn làng Tây Nguyên.",
    exhibitorProvinces: ["dak-lak", "gia-lai", "lam-dong", "quang-ngai"],
  },
  {
    name: "Hội chợ Xuân OCOP Quảng Ninh", startOffset: 55, days: 8,
    venue: "Cung Quy hoạch, Hội chợ và Triển lãm", address: "Đường Trần Quốc Nghiễn", province: "quang-ninh", lat: 20.9530, lng: 107.0810,
    organiser: "UBND tỉnh Quảng Ninh", booths: 180,
    description: "Phiên chợ Tết với hải sản, ba kích, trà hoa vàng và quà Tết OCOP từ các tỉnh phía Bắc.",
    exhibitorProvinces: ["quang-ninh", "hai-phong", "hung-yen", "bac-ninh", "ninh-binh", "phu-tho"],
  },
]
