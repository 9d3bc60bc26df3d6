import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_RECORD_STATUSES } from "@ocop/shared"
import { CertificateEvent } from "./certificate-event"

// One OCOP certificate of one product, as the council issued it and staff
// checked it. A product keeps every certificate it ever had: renewals and
// upgrades supersede, revocations stay. Exactly one is the product's current
// certificate (the one its public metadata shows) — a database constraint.
// `number_key` (the number without case and spacing) is unique per product,
// so a revoked number can never come back as a fresh certificate.
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    product_id: model.text(),
    producer_id: model.text().nullable(),
    number: model.text(),
    number_key: model.text(),
    issuer: model.text(),
    issued_at: model.text(),
    expires_at: model.text(),
    stars: model.number(),
    score: model.number().nullable(),
    group: model.text(),
    subgroup: model.text(),
    province: model.text(),
    legacy_province: model.text().nullable(),
    scan_url: model.text().nullable(),
    status: model.enum([...CERTIFICATE_RECORD_STATUSES]).default("pending"),
    is_current: model.boolean().default(true),
    supersedes_id: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    note: model.text().nullable(),
    // a rejected certificate the producer sent back: staff's reason stays readable
    resubmitted_at: model.dateTime().nullable(),
    previous_note: model.text().nullable(),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["product_id", "number_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], unique: true, where: "is_current = true AND deleted_at IS NULL" },
    { on: ["status"] },
    { on: ["producer_id"] },
  ])
