import { model } from "@medusajs/framework/utils"

// A trade fair: its catalogue (exhibitors, products, booths) lives in the
// fair↔producer and fair↔product links.
export const Fair = model.define("fair", {
  id: model.id({ prefix: "fair" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  venue: model.text(),
  address: model.text().nullable(),
  province: model.text().index(),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  organiser: model.text(),
  booth_count: model.number().nullable(),
  description: model.text().nullable(),
  published: model.boolean().default(true),
  metadata: model.json().nullable(),
})
