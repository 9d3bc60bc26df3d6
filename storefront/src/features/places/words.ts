import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the sales points (/diem-ban) and the map, Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  salesPoints: "Điểm bán sản phẩm OCOP",
  salesPointType: "Loại điểm bán",
  allTypes: "Tất cả",
  allProvinces: "Tất cả tỉnh, thành",
  nearMeHint: "Dùng vị trí của trình duyệt để xếp điểm bán gần nhất lên trước",
  locating: "Đang lấy vị trí…",
  locationDenied: "Không lấy được vị trí. Hãy chọn tỉnh, thành của bạn.",
  sortedByDistance: "Xếp theo khoảng cách từ vị trí của bạn",
  clearLocation: "Bỏ vị trí",
  distance: "Cách",
  openingHours: "Giờ mở cửa",
  productsHere: "Sản phẩm có bán",
  noSalesPoints: "Không có điểm bán nào khớp bộ lọc.",
  points: "điểm bán",
}

export type PlaceWords = Translation<typeof vi>

const en: PlaceWords = {
  salesPoints: "OCOP sales points",
  salesPointType: "Kind of sales point",
  allTypes: "All",
  allProvinces: "All provinces",
  nearMeHint: "Use your browser's location to list the nearest sales points first",
  locating: "Finding your location…",
  locationDenied: "Your location is not available. Choose your province instead.",
  sortedByDistance: "Sorted by distance from your location",
  clearLocation: "Forget location",
  distance: "Distance",
  openingHours: "Opening hours",
  productsHere: "Products sold here",
  noSalesPoints: "No sales point matches these filters.",
  points: "sales points",
}

export const placeWords = wordsByLocale<PlaceWords>(vi, en)
