import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_METADATA_KEYS, unknownMetadataKeys } from "@ocop/shared"
import { PROJECTION_KEYS } from "../../lib/registry/facts"
import { assertOcopMetadata } from "../../workflows/hooks/ocop-metadata"

type ProductBody = { id?: string; title?: string; metadata?: Record<string, unknown> | null }

const REGISTRY_ROUTES =
  "record a certificate with POST /admin/ocop/products/:id/certificates, or verify, reject or revoke with POST /admin/ocop/products/:id/verification"

/**
 * Guards Medusa's own product routes (/admin/products…). A new product's OCOP
 * metadata is checked here and recorded by the registry as its first
 * certificate (hooks/product-created.ts). An update may change other metadata
 * but not the OCOP facts — those are the registry's (a 400 names its routes);
 * OCOP keys left out of the body are kept, since Medusa replaces metadata
 * whole. Unknown keys are refused, named. Checked before Medusa writes:
 * its rollback of a failed update does not restore metadata.
 */
export async function validateOcopProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as ProductBody & { create?: ProductBody[]; update?: ProductBody[] }
    const id = req.params?.id
    if (id === "batch") {
      assertOcopMetadata(body.create ?? [])
      for (const p of (body.update ?? []).filter((p) => p && "metadata" in p && p.id)) await keepRegistryFacts(req, p.id!, p)
    } else if (!id) {
      assertOcopMetadata([body])
    } else if ("metadata" in body) {
      await keepRegistryFacts(req, id, body, req.validatedBody as ProductBody | undefined)
    }
    next()
  } catch (e) {
    next(e)
  }
}

async function keepRegistryFacts(req: MedusaRequest, id: string, body: ProductBody, validated?: ProductBody) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["metadata"], filters: { id } })
  const current = (data[0]?.metadata ?? {}) as Record<string, unknown>
  const given = body.metadata ?? {}
  const unknown = unknownMetadataKeys(given)
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${unknown.join(", metadata.")}: not an OCOP product field (allowed: ${OCOP_METADATA_KEYS.join(", ")})`)
  }
  const changed = PROJECTION_KEYS.filter((k) => k in given && !sameValue(given[k], current[k]))
  if (changed.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `metadata.${changed.join(", metadata.")}: OCOP facts are kept by the OCOP registry, not edited on the product: ${REGISTRY_ROUTES}`
    )
  }
  const merged = { ...given }
  for (const k of PROJECTION_KEYS) if (k in current) merged[k] = current[k]
  assertOcopMetadata([{ title: body.title, metadata: merged }])
  body.metadata = merged
  if (validated?.metadata) validated.metadata = merged
}

/** The same fact however it was written ("5" or 5, keys in any order). */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, norm(x)]))
      : typeof v === "number"
        ? String(v)
        : v
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}
