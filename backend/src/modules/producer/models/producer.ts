import { model } from "@medusajs/framework/utils"
import { PRODUCER_TYPE_CODES } from "@ocop/shared"
import { ProducerFile } from "./producer-file"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"

// A "chủ thể OCOP": the cooperative, firm or household that makes the products.
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdc" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    type: model.enum(PRODUCER_TYPE_CODES),
    province: model.text().index(),
    ward: model.text().nullable(),
    address: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    website: model.text().nullable(),
    story: model.text().nullable(),
    logo: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    certifications: model.json().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => ProducerMember),
    invites: model.hasMany(() => ProducerInvite),
    files: model.hasMany(() => ProducerFile),
  })
  .cascades({ delete: ["members", "invites", "files"] })
