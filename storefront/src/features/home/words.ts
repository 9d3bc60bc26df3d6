import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the home page, Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  heroTitle: "Đặc sản OCOP chính hãng, từ nơi làm ra đến tận tay bạn",
  heroText: "Mỗi sản phẩm được hội đồng tỉnh hoặc trung ương chấm sao, có số chứng nhận và mã truy xuất nguồn gốc.",
  featuredCollections: "Bộ sưu tập nổi bật",
  fiveStar: "Sản phẩm OCOP 5 sao",
  seeAll: "Xem tất cả",
  upcomingFair: "Hội chợ sắp diễn ra",
  currentFair: "Hội chợ đang diễn ra",
  findSalesPoint: "Tìm điểm bán OCOP gần bạn",
  findSalesPointText: "Trung tâm, gian hàng và điểm bán OCOP tại các tỉnh, thành.",
}

export type HomeWords = Translation<typeof vi>

const en: HomeWords = {
  heroTitle: "Certified OCOP specialities, from the commune that makes them to your door",
  heroText: "Every product is star-rated by a provincial or national council and carries a certificate number and a traceability code.",
  featuredCollections: "Featured collections",
  fiveStar: "5-star OCOP products",
  seeAll: "See all",
  upcomingFair: "Upcoming fair",
  currentFair: "Fair on now",
  findSalesPoint: "Find an OCOP sales point near you",
  findSalesPointText: "OCOP centres, stalls and sales points across the provinces.",
}

export const homeWords = wordsByLocale<HomeWords>(vi, en)
