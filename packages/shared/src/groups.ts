// Product groups and subgroups of the OCOP criteria. Source: the Annex of Decision 148/QĐ-TTg
// (24 February 2023, the OCOP criteria and rating), which sorts products into 6 groups of product
// sets ("bộ sản phẩm"), as its predecessor Decision 1048/QĐ-TTg (2019) did:
//   group 1 "Thực phẩm" (food) holds, besides fresh, raw and processed food and spices, the sets
//     "Chè" (tea and tea products) and "Cà phê, ca cao" (coffee and cocoa);
//   group 2 "Đồ uống" (beverages) holds alcoholic and non-alcoholic drinks only.
// Corrected placement: the project's domain reference (ocop-reference.md, "Product groups") listed
// tea and coffee among the non-alcoholic beverages, and this table had them under `beverage` until
// issue #14 moved them to `food` as the Annex has it (subgroup codes unchanged). A move changes
// `ocop_group` of existing products and certificates (the schema checks subgroup ∈ group):
// backend/src/migration-scripts/ocop-groups-tea-coffee-to-food.ts carries it out on existing databases.

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
      s("tea", "Chè và sản phẩm từ chè", "Tea"),
      s("coffee", "Cà phê, ca cao", "Coffee and cocoa"),
    ],
  },
  {
    code: "beverage",
    name: "Đồ uống",
    en: "Beverages",
    subgroups: [
      s("alcoholic", "Đồ uống có cồn", "Alcoholic drinks"),
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
