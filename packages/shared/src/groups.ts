// Product groups and subgroups of the OCOP criteria (Decision 148/QĐ-TTg, 24 February 2023,
// Annex: 6 groups). Source of the placement below: the project's domain reference
// (ocop-reference.md, "Product groups"), which lists tea and coffee among the non-alcoholic
// beverages; the Annex of Decision 148 groups products in sets ("bộ sản phẩm") and should be read
// before moving a subgroup — a move changes `ocop_group` of existing products (the schema checks
// subgroup ∈ group), so it needs a data migration of products and registry certificates.

export interface Subgroup {
  code: string
  name: string
  en: string
}

export interface ProductGroup {
  code: string
  name: string
  en: string
  subgroups: Subgroup[]
}

const s = (code: string, name: string, en: string): Subgroup => ({ code, name, en })

export const GROUPS: readonly ProductGroup[] = [
  {
    code: "food",
    name: "Thực phẩm",
    en: "Food",
    subgroups: [
      s("fresh", "Nông sản, thực phẩm tươi sống", "Fresh produce"),
      s("raw", "Thực phẩm thô, sơ chế", "Raw and pre-processed food"),
      s("processed", "Thực phẩm chế biến", "Processed food"),
      s("spice", "Gia vị", "Spices and condiments"),
    ],
  },
  {
    code: "beverage",
    name: "Đồ uống",
    en: "Beverages",
    subgroups: [
      s("alcoholic", "Đồ uống có cồn", "Alcoholic drinks"),
      s("tea", "Chè và sản phẩm từ chè", "Tea"),
      s("coffee", "Cà phê, ca cao", "Coffee and cocoa"),
      s("non-alcoholic", "Đồ uống không cồn khác", "Other non-alcoholic drinks"),
    ],
  },
  {
    code: "herbal",
    name: "Dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs and herbal products",
    subgroups: [
      s("supplement", "Thực phẩm chức năng, thuốc từ dược liệu", "Supplements and herbal medicine"),
      s("cosmetic", "Mỹ phẩm từ thảo dược", "Herbal cosmetics"),
      s("herb", "Tinh dầu, dược liệu khác", "Essential oils and other herbs"),
    ],
  },
  {
    code: "handicraft",
    name: "Hàng thủ công mỹ nghệ",
    en: "Handicrafts",
    subgroups: [
      s("craft", "Thủ công mỹ nghệ, trang trí", "Crafts and decoration"),
      s("textile", "Vải, may mặc", "Textiles and garments"),
    ],
  },
  {
    code: "ornamental",
    name: "Sinh vật cảnh",
    en: "Ornamental plants and animals",
    subgroups: [s("plant", "Hoa, cây cảnh", "Flowers and bonsai"), s("animal", "Động vật cảnh", "Ornamental animals")],
  },
  {
    code: "tourism",
    name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community and eco-tourism services",
    subgroups: [
      s("community", "Du lịch cộng đồng", "Community tourism"),
      s("eco", "Du lịch sinh thái", "Eco-tourism"),
      s("site", "Điểm du lịch", "Tourist sites"),
    ],
  },
]

export const GROUP_CODES = GROUPS.map((g) => g.code) as [string, ...string[]]

export function groupByCode(code: string): ProductGroup | undefined {
  return GROUPS.find((g) => g.code === code)
}

export function subgroupOf(group: string, subgroup: string): Subgroup | undefined {
  return groupByCode(group)?.subgroups.find((x) => x.code === subgroup)
}

// Groups of the 2019 criteria (Decision 1048/QĐ-TTg) mapped onto the 2023 ones.
const LEGACY_GROUPS: Record<string, { group: string; subgroup?: string }> = {
  food: { group: "food" },
  drinks: { group: "beverage" },
  herbal: { group: "herbal" },
  textiles: { group: "handicraft", subgroup: "textile" },
  souvenirs: { group: "handicraft", subgroup: "craft" },
  tourism: { group: "tourism" },
}

export function mapLegacyGroup(code: string): { group: string; subgroup?: string } | undefined {
  return LEGACY_GROUPS[code]
}

/** Subgroup codes are unique across groups, so a subgroup names its group. */
export function groupOfSubgroup(subgroup: string): ProductGroup | undefined {
  return GROUPS.find((g) => g.subgroups.some((x) => x.code === subgroup))
}
