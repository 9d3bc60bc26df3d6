import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOcopMetadata } from "../../workflows/hooks/ocop-metadata"

type ProductBody = { title?: string; metadata?: Record<string, unknown> | null }

/**
 * Checks OCOP metadata before Medusa writes a product. The workflow hooks check
 * again after the write, but Medusa's rollback of a failed update does not
 * restore metadata, so an update must be refused before it starts.
 * Product metadata is replaced, not merged, on update: a body that sends
 * `metadata` must send all of it.
 */
export function validateOcopProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as ProductBody & { create?: ProductBody[]; update?: ProductBody[] }
    const id = req.params?.id
    if (id === "batch") {
      assertOcopMetadata([...(body.create ?? []), ...(body.update ?? []).filter((p) => p && "metadata" in p)])
    } else if (!id || "metadata" in body) {
      assertOcopMetadata([body])
    }
    next()
  } catch (e) {
    next(e)
  }
}
