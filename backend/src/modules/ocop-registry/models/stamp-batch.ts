import { model } from "@medusajs/framework/utils"
import { STAMP_BATCH_STATUSES } from "@ocop/shared"
import { OcopStamp } from "./stamp"

// A print run of traceability stamps for one product: issued by staff, or
// requested by the producer and then issued (or declined) by staff.
export const StampBatch = model
  .define("ocop_stamp_batch", {
    id: model.id({ prefix: "ostb" }).primaryKey(),
    product_id: model.text(),
    producer_id: model.text().nullable(),
    certificate_id: model.text().nullable(),
    quantity: model.number(),
    lot: model.text().nullable(),
    produced_on: model.text().nullable(),
    best_before: model.text().nullable(),
    gtin: model.text().nullable(),
    status: model.enum([...STAMP_BATCH_STATUSES]),
    // the stamps that existed before the registry (old free-text trace codes)
    legacy: model.boolean().default(false),
    requested_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    stamps: model.hasMany(() => OcopStamp, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["stamps"] })
  .indexes([{ on: ["product_id"] }, { on: ["producer_id"] }, { on: ["status"] }])
