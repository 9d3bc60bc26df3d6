import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of a collection's page (/bo-suu-tap/<handle>), Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  collection: "Bộ sưu tập",
}

export type CollectionWords = Translation<typeof vi>

const en: CollectionWords = {
  collection: "Collection",
}

export const collectionWords = wordsByLocale<CollectionWords>(vi, en)
