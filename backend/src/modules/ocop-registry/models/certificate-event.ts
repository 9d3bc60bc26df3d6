import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_ACTIONS, CERTIFICATE_RECORD_STATUSES } from "@ocop/shared"
import { OcopCertificate } from "./certificate"

// Who changed a certificate, when, why, and which certified facts changed.
// Only ever appended.
export const CertificateEvent = model.define("ocop_certificate_event", {
  id: model.id({ prefix: "ocev" }).primaryKey(),
  action: model.enum([...CERTIFICATE_ACTIONS]),
  from_status: model.enum([...CERTIFICATE_RECORD_STATUSES]).nullable(),
  to_status: model.enum([...CERTIFICATE_RECORD_STATUSES]),
  by: model.text(),
  note: model.text().nullable(),
  changes: model.json().nullable(),
  certificate: model.belongsTo(() => OcopCertificate, { mappedBy: "events" }),
})
