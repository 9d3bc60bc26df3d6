import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the offline page the service worker keeps. English is typed by the
// Vietnamese keys: a missing or misspelt translation is a type error.
const vi = {
  title: "Bạn đang ngoại tuyến",
  body: "Không có kết nối mạng. Khi có mạng trở lại, hãy tải lại trang.",
  retry: "Thử lại",
  lastViewed: "Sản phẩm bạn đã xem gần đây",
  none: "Chưa có sản phẩm nào được xem trên thiết bị này.",
}

export type OfflineWords = Translation<typeof vi>

const en: OfflineWords = {
  title: "You are offline",
  body: "There is no network connection. Reload the page once you are back online.",
  retry: "Try again",
  lastViewed: "Products you viewed recently",
  none: "No products viewed on this device yet.",
}

export const offlineWords = wordsByLocale<OfflineWords>(vi, en)
