import type { MedusaContainer } from "@medusajs/framework/types"
import { parseOcopMetadata, type CertificateRecordStatus, type OcopMetadata } from "@ocop/shared"
import { OCOP_REGISTRY_MODULE } from "../../modules/ocop-registry"
import type OcopRegistryModuleService from "../../modules/ocop-registry/service"
import { factsFromMetadata, numberKey } from "./facts"

type NewProduct = { id: string; metadata?: Record<string, unknown> | null }

/**
 * The first certificate of products created with OCOP metadata (the admin's
 * product form, CSV import, the producer portal, the seed): a producer's
 * entry waits for staff (pending), what staff or the seed entered is taken
 * as checked. Returns what to delete if the creation is rolled back.
 */
export async function recordFirstCertificates(
  container: MedusaContainer,
  products: NewProduct[],
  who: { producer_id: string | null; by: string; producer_of?: Map<string, string> }
): Promise<{ certificates: string[]; events: string[] }> {
  const rows = products.flatMap((p) => {
    const r = parseOcopMetadata(p.metadata)
    if (!r.ok) return []
    const v = (p.metadata as Partial<OcopMetadata> | null)?.ocop_verification
    const status: "pending" | "rejected" | "revoked" | "verified" = r.data.ocop_certificate.revoked_at
      ? "revoked"
      : v?.status === "pending" || v?.status === "rejected"
        ? v.status
        : "verified"
    return [{ product: p, facts: factsFromMetadata(r.data), status, note: status === "revoked" ? r.data.ocop_certificate.revoked_reason : v?.note }]
  })
  if (!rows.length) return { certificates: [], events: [] }
  const registry = container.resolve<OcopRegistryModuleService>(OCOP_REGISTRY_MODULE)
  const now = new Date()
  const certificates: { id: string; status: CertificateRecordStatus }[] = await registry.createOcopCertificates(
    rows.map(({ product, facts, status, note }) => ({
      product_id: product.id,
      producer_id: who.producer_of?.get(product.id) ?? who.producer_id,
      ...facts,
      number_key: numberKey(facts.number),
      status,
      is_current: true,
      note: note ?? null,
      ...(status === "pending" ? {} : { decided_at: now, decided_by: who.by }),
    }))
  )
  const events: { id: string }[] = await registry.createCertificateEvents(
    certificates.map((c) => ({
      certificate_id: c.id,
      action: c.status === "pending" && who.by !== "import" ? ("submitted" as const) : ("imported" as const),
      from_status: null,
      to_status: c.status,
      by: who.by,
    }))
  )
  return { certificates: certificates.map((c) => c.id), events: events.map((e) => e.id) }
}
