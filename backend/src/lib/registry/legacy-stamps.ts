import type { MedusaContainer } from "@medusajs/framework/types"
import { normaliseSerial } from "@ocop/shared"
import type { CertificateRow } from "./facts"
import { registryOf } from "./records"

/**
 * Stamps printed before the registry carried a free-text code per product.
 * Each becomes a one-stamp "legacy" batch so the printed QR keeps working.
 * A code already issued is skipped (the serial's unique index would refuse
 * it anyway): the first claim that reaches the registry keeps it. Returns
 * how many were imported and which codes were refused.
 */
export async function importLegacyStamps(
  container: MedusaContainer,
  codes: { product_id: string; code: string }[]
): Promise<{ imported: number; refused: string[] }> {
  const registry = registryOf(container)
  const refused: string[] = []
  const wanted = new Map<string, string>()
  for (const { product_id, code } of codes) {
    const serial = normaliseSerial(code)
    if (!serial || wanted.has(serial)) refused.push(code)
    else wanted.set(serial, product_id)
  }
  if (!wanted.size) return { imported: 0, refused }
  const taken = new Set(
    ((await registry.listOcopStamps({ serial: [...wanted.keys()] }, { select: ["serial"], take: wanted.size })) as { serial: string }[]).map((s) => s.serial)
  )
  const fresh = [...wanted].filter(([serial]) => !taken.has(serial))
  if (!fresh.length) return { imported: 0, refused }
  const current = (await registry.listOcopCertificates(
    { product_id: fresh.map(([, p]) => p), is_current: true },
    { select: ["id", "product_id", "producer_id"], take: fresh.length }
  )) as unknown as CertificateRow[]
  const certOf = new Map(current.map((c) => [c.product_id, c]))
  const batches: { id: string; product_id: string }[] = await registry.createStampBatches(
    fresh.map(([, product_id]) => ({
      product_id,
      producer_id: certOf.get(product_id)?.producer_id ?? null,
      certificate_id: certOf.get(product_id)?.id ?? null,
      quantity: 1,
      status: "issued" as const,
      legacy: true,
      decided_by: "import",
      decided_at: new Date(),
      note: "printed before the OCOP registry",
    }))
  )
  await registry.insertStamps(fresh.map(([serial], i) => ({ serial, product_id: batches[i].product_id, batch_id: batches[i].id })))
  return { imported: fresh.length, refused }
}
