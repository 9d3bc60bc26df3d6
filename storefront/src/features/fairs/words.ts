import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the fairs (/hoi-cho), a fair's booths and its print page, Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  fair_current: "Đang diễn ra",
  fair_upcoming: "Sắp diễn ra",
  fair_past: "Đã diễn ra",
  venue: "Địa điểm",
  organiser: "Đơn vị tổ chức",
  dates: "Thời gian",
  exhibitors: "gian hàng",
  fairCatalogue: "Danh mục gian hàng và sản phẩm",
  booth: "Gian",
  printCatalogue: "In danh mục (A4)",
  printNow: "In hoặc lưu PDF",
  backToFair: "Quay lại trang hội chợ",
}

export type FairWords = Translation<typeof vi>

const en: FairWords = {
  fair_current: "On now",
  fair_upcoming: "Upcoming",
  fair_past: "Past",
  venue: "Venue",
  organiser: "Organiser",
  dates: "Dates",
  exhibitors: "exhibitors",
  fairCatalogue: "Exhibitors and products",
  booth: "Booth",
  printCatalogue: "Print catalogue (A4)",
  printNow: "Print or save as PDF",
  backToFair: "Back to the fair",
}

export const fairWords = wordsByLocale<FairWords>(vi, en)
