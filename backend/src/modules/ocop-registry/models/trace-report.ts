import { model } from "@medusajs/framework/utils"

// A shopper's report of a serial that was not found or looks fake.
export const TraceReport = model
  .define("ocop_trace_report", {
    id: model.id({ prefix: "otrp" }).primaryKey(),
    serial: model.text(),
    stamp_id: model.text().nullable(),
    message: model.text().nullable(),
    contact: model.text().nullable(),
    client_key: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
  })
  .indexes([{ on: ["status"] }, { on: ["serial"] }])
