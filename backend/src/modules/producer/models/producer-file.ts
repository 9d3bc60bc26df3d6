import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

// Files a producer uploaded (product photos, certificate scans): who owns
// which file, so one producer can never list or delete another's.
export const ProducerFile = model.define("producer_file", {
  id: model.id({ prefix: "pfile" }).primaryKey(),
  file_id: model.text().unique(),
  url: model.text(),
  // images are encoded once at upload: 800 px WebP (url) and 400 px WebP (thumbnail_url)
  thumbnail_url: model.text().nullable(),
  thumbnail_file_id: model.text().nullable(),
  kind: model.enum(["image", "certificate"]),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  producer: model.belongsTo(() => Producer, { mappedBy: "files" }),
})
