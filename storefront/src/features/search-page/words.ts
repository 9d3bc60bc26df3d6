import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the search page (/san-pham): the search box, filters, chips, sort and pages, Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  searchPageTitle: "Sản phẩm",
  page: "Trang",
  prevPage: "Trang trước",
  nextPage: "Trang sau",
  filters: "Tìm và lọc sản phẩm",
  starsLegend: "Hạng sao OCOP",
  allStars: "Tất cả",
  orMore: "trở lên",
  sortLabel: "Sắp xếp",
  sort_relevance: "Phù hợp nhất",
  sort_stars_desc: "Sao cao nhất",
  sort_price_asc: "Giá thấp đến cao",
  sort_price_desc: "Giá cao đến thấp",
  sort_newest: "Mới nhất",
  activeFilters: "Bộ lọc đang dùng",
  remove: "Bỏ lọc",
  badSearch: "Không hiểu yêu cầu tìm kiếm:",
  typoNote: "Không có kết quả khớp chính xác; đây là các sản phẩm gần đúng.",
  suggestions: "Gợi ý",
  subgroupLegend: "Phân nhóm",
  priceLegend: "Khoảng giá (₫)",
  priceMin: "Giá từ",
  priceMax: "Giá đến",
  producerLegend: "Chủ thể sản xuất",
}

export type SearchWords = Translation<typeof vi>

const en: SearchWords = {
  searchPageTitle: "Products",
  page: "Page",
  prevPage: "Previous page",
  nextPage: "Next page",
  filters: "Search and filter products",
  starsLegend: "OCOP star rating",
  allStars: "All",
  orMore: "and up",
  sortLabel: "Sort by",
  sort_relevance: "Best match",
  sort_stars_desc: "Highest rated",
  sort_price_asc: "Price: low to high",
  sort_price_desc: "Price: high to low",
  sort_newest: "Newest",
  activeFilters: "Active filters",
  remove: "Remove filter",
  badSearch: "We could not understand this search:",
  typoNote: "No exact matches; showing close matches.",
  suggestions: "Suggestions",
  subgroupLegend: "Subgroup",
  priceLegend: "Price range (₫)",
  priceMin: "Price from",
  priceMax: "Price to",
  producerLegend: "Producer",
}

export const searchWords = wordsByLocale<SearchWords>(vi, en)
