import { model } from "@medusajs/framework/utils"
import { StampBatch } from "./stamp-batch"

// One printed stamp. The serial is unique across the whole programme by a
// database constraint (not by hope): a second stamp, batch or producer can
// never take it over. Lookups are counted to spot copied stamps.
export const OcopStamp = model
  .define("ocop_stamp", {
    id: model.id({ prefix: "ostp" }).primaryKey(),
    serial: model.text().unique(),
    product_id: model.text(),
    lookup_count: model.number().default(0),
    client_count: model.number().default(0),
    last_looked_up_at: model.dateTime().nullable(),
    batch: model.belongsTo(() => StampBatch, { mappedBy: "stamps" }),
  })
  .indexes([{ on: ["product_id"] }, { on: ["client_count"] }])
