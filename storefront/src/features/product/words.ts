import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the product page (/san-pham/<handle>), Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  ocopCertificate: "Chứng nhận OCOP",
  certExpired: "Chứng nhận OCOP đã hết hạn ngày",
  certRevoked: "Chứng nhận OCOP của sản phẩm đã bị thu hồi.",
  certNumber: "Số quyết định",
  certIssuer: "Cơ quan cấp",
  certIssued: "Ngày cấp",
  certExpires: "Hiệu lực đến",
  province: "Tỉnh, thành phố",
  formerly: "trước đây là",
  variants: "Quy cách và giá",
  story: "Câu chuyện sản phẩm",
  relatedProducts: "Sản phẩm cùng nhóm",
  gallery: "Ảnh sản phẩm",
  photo: "Ảnh",
  addToCart: "Thêm vào giỏ",
}

export type ProductWords = Translation<typeof vi>

const en: ProductWords = {
  ocopCertificate: "OCOP certificate",
  certExpired: "The OCOP certificate expired on",
  certRevoked: "This product's OCOP certificate has been revoked.",
  certNumber: "Decision number",
  certIssuer: "Issued by",
  certIssued: "Issued on",
  certExpires: "Valid until",
  province: "Province or city",
  formerly: "formerly",
  variants: "Sizes and prices",
  story: "Product story",
  relatedProducts: "More from this group",
  gallery: "Product photos",
  photo: "Photo",
  addToCart: "Add to cart",
}

export const productWords = wordsByLocale<ProductWords>(vi, en)
