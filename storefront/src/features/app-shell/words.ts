import type { Locale } from "../../lib/i18n"

export const OFFLINE_WORDS = {
  vi: {
    title: "Bạn đang ngoại tuyến",
    body: "Không có kết nối mạng. Khi có mạng trở lại, hãy tải lại trang.",
    retry: "Thử lại",
    lastViewed: "Sản phẩm bạn đã xem gần đây",
    none: "Chưa có sản phẩm nào được xem trên thiết bị này.",
  },
  en: {
    title: "You are offline",
    body: "There is no network connection. Reload the page once you are back online.",
    retry: "Try again",
    lastViewed: "Products you viewed recently",
    none: "No products viewed on this device yet.",
  },
} satisfies Record<Locale, Record<string, string>>
