import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { addDays, EXPIRY_WARNING_DAYS } from "@ocop/shared"
import { notifyProducer } from "./notify"

type Row = { id: string; title: string; expires_at: string; number: string; producer_id: string }

// Certificates of products on sale that end between `from` and `to` (inclusive), not revoked.
async function certificatesEnding(container: MedusaContainer, from: string, to: string): Promise<Row[]> {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  return db("product as p")
    .join("producer_producer_product_product as l", function () {
      this.on("l.product_id", "p.id").andOnNull("l.deleted_at")
    })
    .whereNull("p.deleted_at")
    .where("p.status", "published")
    .whereRaw("p.metadata->'ocop_certificate'->>'revoked_at' is null")
    .whereRaw("p.metadata->'ocop_certificate'->>'expires_at' between ? and ?", [from, to])
    .select(
      "p.id",
      "p.title",
      "l.producer_id",
      db.raw("p.metadata->'ocop_certificate'->>'expires_at' as expires_at"),
      db.raw("p.metadata->'ocop_certificate'->>'number' as number")
    )
}

/**
 * Tells producers about certificates that end within 60 days, and about those
 * that ended yesterday. One e-mail per product, certificate date and kind,
 * however often the job runs (the notification idempotency key).
 */
export async function warnAboutCertificates(container: MedusaContainer, today = new Date().toISOString().slice(0, 10)) {
  const expiring = await certificatesEnding(container, today, addDays(today, EXPIRY_WARNING_DAYS))
  const expired = await certificatesEnding(container, addDays(today, -1), addDays(today, -1))
  let sent = 0
  for (const [template, rows] of [["ocop-certificate-expiring", expiring], ["ocop-certificate-expired", expired]] as const) {
    for (const r of rows) {
      const out = await notifyProducer(container, r.producer_id, template, `${r.id}:${r.expires_at}`, {
        product_id: r.id,
        product_title: r.title,
        certificate_number: r.number,
        expires_at: r.expires_at,
      })
      sent += out.length
    }
  }
  return { expiring: expiring.length, expired: expired.length, sent }
}
