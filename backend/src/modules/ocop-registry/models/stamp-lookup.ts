import { model } from "@medusajs/framework/utils"

// How often one client (a salted hash of its address, never the address)
// looked up one stamp: distinct clients per stamp reveal copied stamps.
export const StampLookup = model
  .define("ocop_stamp_lookup", {
    id: model.id({ prefix: "oslk" }).primaryKey(),
    stamp_id: model.text(),
    client_key: model.text(),
    count: model.number().default(1),
  })
  .indexes([{ on: ["stamp_id", "client_key"], unique: true }])
