import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of a producer's page (/chu-the/<handle>), Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  producer: "Chủ thể OCOP",
  producerProducts: "Sản phẩm của chủ thể",
  website: "Trang web",
  visitProducer: "Xem chủ thể",
  certifications: "Chứng nhận khác",
}

export type ProducerWords = Translation<typeof vi>

const en: ProducerWords = {
  producer: "OCOP producer",
  producerProducts: "Products by this producer",
  website: "Website",
  visitProducer: "About the producer",
  certifications: "Other certifications",
}

export const producerWords = wordsByLocale<ProducerWords>(vi, en)
