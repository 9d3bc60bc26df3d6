import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, EXPIRY_WARNING_DAYS } from "@ocop/shared"
import { registryOf } from "../registry/records"
import { notifyProducer } from "./notify"
import { vietnamToday } from "@ocop/shared"

type Row = { id: string; title: string; expires_at: string; number: string; producer_id: string }

// Current, verified certificates (the registry's) of products on sale that end between `from` and `to` (inclusive).
async function certificatesEnding(container: MedusaContainer, from: string, to: string): Promise<Row[]> {
  const certs = (await registryOf(container).listOcopCertificates(
    { is_current: true, status: "verified", expires_at: { $gte: from, $lte: to } },
    { select: ["product_id", "producer_id", "number", "expires_at"] }
  )) as { product_id: string; producer_id: string | null; number: string; expires_at: string }[]
  const withProducer = certs.filter((c) => c.producer_id)
  if (!withProducer.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status"],
    filters: { id: withProducer.map((c) => c.product_id) },
  })
  const onSale = new Map(data.filter((p) => p.status === "published").map((p) => [p.id, p.title as string]))
  return withProducer
    .filter((c) => onSale.has(c.product_id))
    .map((c) => ({ id: c.product_id, title: onSale.get(c.product_id)!, expires_at: c.expires_at, number: c.number, producer_id: c.producer_id! }))
}

/**
 * Tells producers about certificates that end within 60 days, and about those
 * that ended yesterday. One e-mail per product, certificate date and kind,
 * however often the job runs (the notification idempotency key).
 */
export async function warnAboutCertificates(container: MedusaContainer, today = vietnamToday()) {
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
