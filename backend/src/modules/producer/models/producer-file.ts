import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

// Files a producer uploaded (product photos, certificate scans): who owns
// which file, so one producer can never list or delete another's.
export const ProducerFile = model.define("producer_file", {
  id: model.id({ prefix: "pfile" }).primaryKey(),
  file_id: model.text().unique(),
  url: model.text(),
  kind: model.enum(["image", "certificate"]),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  producer: model.belongsTo(() => Producer, { mappedBy: "files" }),
})
