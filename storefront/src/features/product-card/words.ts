import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of a product in a list: the card and its star badge, Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  noStars: "Chứng nhận OCOP đã hết hạn",
}

export type CardWords = Translation<typeof vi>

const en: CardWords = {
  noStars: "OCOP certificate expired",
}

export const cardWords = wordsByLocale<CardWords>(vi, en)
