import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StarLevel, TraceRecord } from "@ocop/shared"
import { PUBLIC_PRODUCER_FIELDS } from "../store/public-fields"
import { liveStatus, type CertificateRow } from "./facts"
import { starHistoryOf } from "./history"
import { registryOf } from "./records"
import { stampView, suspiciousClients } from "./stamps"

/**
 * The trace page's record of one stamp, counting this lookup; null when no
 * issued stamp of a published product has the serial. The certificate shown
 * is the one the stamp was issued under (or, for stamps older than the
 * registry, the product's current one), with its status today.
 */
export async function traceRecord(container: MedusaContainer, serial: string, client: string): Promise<TraceRecord | null> {
  const registry = registryOf(container)
  const [stamp] = (await registry.listOcopStamps({ serial }, { relations: ["batch"] }))
  if (!stamp || stamp.batch?.status !== "issued") return null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "thumbnail", "status",
      ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`),
      "sales_points.handle", "sales_points.name", "sales_points.province", "sales_points.address",
    ],
    filters: { id: stamp.product_id },
  })
  const product = data[0]
  if (!product || product.status !== "published") return null
  const certificates = (await registry.listOcopCertificates({ product_id: product.id })) as unknown as CertificateRow[]
  const cert = certificates.find((c) => c.id === stamp.batch.certificate_id) ?? certificates.find((c) => c.is_current) ?? null
  const counts = await registry.recordLookup(stamp.id, client)
  const status = cert ? liveStatus(cert) : null
  // a stamp printed before a renewal still vouches for the product: the stars shoppers may trust are the current certificate's
  const current = certificates.find((c) => c.is_current)
  const currentStatus = current ? liveStatus(current) : null
  const trusted =
    status === "valid" || status === "expiring"
      ? cert
      : status === "superseded" && (currentStatus === "valid" || currentStatus === "expiring")
        ? current
        : null
  const batch = stamp.batch
  const view = stampView({ ...stamp, ...counts }, batch)
  return {
    serial: stamp.serial,
    url: view.url,
    product: { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail ?? null },
    producer: product.producer ?? null,
    origin: { province: cert?.province ?? "", legacy_province: cert?.legacy_province ?? null },
    certificate: cert
      ? {
          number: cert.number,
          issuer: cert.issuer,
          issued_at: cert.issued_at,
          expires_at: cert.expires_at,
          stars: cert.stars as StarLevel,
          status: status!,
          public_stars: trusted ? (trusted.stars as StarLevel) : null,
        }
      : null,
    batch: {
      lot: batch.lot ?? null,
      produced_on: batch.produced_on ?? null,
      best_before: batch.best_before ?? null,
      gtin: batch.gtin ?? null,
      issued_at: batch.decided_at ? new Date(batch.decided_at).toISOString() : null,
    },
    star_history: starHistoryOf(certificates),
    sales_points: (product.sales_points ?? []).filter((s) => s !== null).map((s) => ({ handle: s.handle, name: s.name, province: s.province, address: s.address ?? null })),
    lookups: { count: counts.lookup_count, clients: counts.client_count, suspicious: counts.client_count >= suspiciousClients() },
  }
}
