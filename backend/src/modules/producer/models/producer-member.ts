import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

// A person who signs in to the producer portal on behalf of one producer
// (the `producer` auth actor: auth_identity.app_metadata.producer_id = this id).
export const ProducerMember = model.define("producer_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
})
