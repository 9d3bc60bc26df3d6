import { model } from "@medusajs/framework/utils"
import { SALES_POINT_TYPE_CODES } from "@ocop/shared"

// A physical place selling OCOP products: centre, stall, sales point or counter.
export const SalesPoint = model.define("sales_point", {
  id: model.id({ prefix: "spt" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  type: model.enum(SALES_POINT_TYPE_CODES),
  province: model.text().index(),
  ward: model.text().nullable(),
  address: model.text(),
  latitude: model.float(),
  longitude: model.float(),
  opening_hours: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  description: model.text().nullable(),
  metadata: model.json().nullable(),
})
