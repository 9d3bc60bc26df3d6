// 200 representative shop searches: what people type (with and without
// diacritics, half-typed, with typos) and how they filter, sort and page.
const WORDS = [
  "miến dong", "mien dong", "nước mắm", "nuoc mam", "chè tân cương", "che tan cuong", "mật ong", "mat ong",
  "cà phê", "ca phe", "gạo st25", "gao", "trà shan tuyết", "tra shan", "tỏi lý sơn", "toi ly son", "sâm ngọc linh",
  "sam ngoc linh", "bưởi", "buoi", "kẹo dừa", "keo dua", "gốm", "gom bat trang", "lụa", "thổ cẩm", "tour", "homestay",
  "mie", "nuo", "ch", "ca p", "mien dog", "nuoc mamm", "ca phee", "Bắc Kạn", "bac kan", "Hà Giang", "rượu", "ruou",
]
const PROVINCES = ["ha-noi", "thai-nguyen", "lao-cai", "quang-ninh", "hue", "da-nang", "lam-dong", "dak-lak", "ho-chi-minh", "can-tho", "vinh-long", "an-giang"]
const GROUPS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]
const SORTS = ["price_asc", "price_desc", "stars_desc", "newest"]

export function representativeQueries(count = 200) {
  let seed = 7
  const pick = (list) => list[(seed = (seed * 48271) % 2147483647) % list.length]
  const out = []
  for (let i = 0; out.length < count; i++) {
    const p = new URLSearchParams()
    const kind = i % 10
    if (kind < 4 || kind >= 8) p.set("q", pick(WORDS))
    if (kind >= 3) {
      if (i % 3 === 0) p.set("stars_min", String(3 + (i % 3)))
      if (i % 2 === 0) p.set("group", pick(GROUPS))
      if (i % 4 === 1) p.set("province", [pick(PROVINCES), pick(PROVINCES)].join(","))
      if (i % 5 === 2) p.set("in_stock", "true")
      if (i % 6 === 3) p.set("price_max", String(100000 * (1 + (i % 5))))
      if (i % 4 === 0) p.set("sort", pick(SORTS))
    }
    if (i % 7 === 6) p.set("page", String(2 + (i % 3)))
    p.set("limit", "24")
    out.push(`/store/product-search?${p}`)
  }
  return out
}
