import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

// Staff invite members by e-mail; only a hash of the secret link is stored.
export const ProducerInvite = model.define("producer_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
})
