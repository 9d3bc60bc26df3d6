import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOcopMetadata } from "../../workflows/hooks/ocop-metadata"

type ProductBody = { title?: string; metadata?: Record<string, unknown> | null }

/**
 * Checks OCOP metadata before Medusa writes a product. The workflow hooks check
 * again after the write, but Medusa's rollback of a failed update does not
 * restore metadata, so an update must be refused before it starts.
 * Product metadata is replaced, not merged, on update: a body that sends
 * `metadata` must send all of it — except the verification record, which an
 * edit in the admin keeps unless it says otherwise (verifying goes through
 * /admin/ocop/products/:id/verification).
 */
export async function validateOcopProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as ProductBody & { create?: ProductBody[]; update?: ProductBody[] }
    const id = req.params?.id
    if (id === "batch") {
      assertOcopMetadata([...(body.create ?? []), ...(body.update ?? []).filter((p) => p && "metadata" in p)])
    } else if (!id || "metadata" in body) {
      assertOcopMetadata([body])
      if (id && body.metadata && !("ocop_verification" in body.metadata)) {
        const { data } = await req.scope
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["metadata"], filters: { id } })
        const kept = data[0]?.metadata?.ocop_verification
        if (kept) {
          body.metadata.ocop_verification = kept
          const validated = req.validatedBody as ProductBody | undefined
          if (validated?.metadata) validated.metadata.ocop_verification = kept
        }
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
