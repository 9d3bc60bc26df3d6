import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { certificateStatus, publicStars } from "@ocop/shared"
import { PUBLIC_PRODUCER_FIELDS } from "../../../../lib/store/public-fields"

const TRACE_CODE = /^[A-Z0-9-]{4,40}$/

// GET /store/trace/:code — what the QR on a product's stamp opens: the product,
// its producer and origin, and whether its OCOP certificate is valid today.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = String(req.params.code).toUpperCase()
  if (!TRACE_CODE.test(code)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A traceability code is 4–40 capital letters, digits or dashes, as printed on the stamp")
  }
  // the code lives in product metadata (jsonb); a plain lookup is cheap at catalogue scale
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await pg("product")
    .select("id")
    .whereRaw("metadata->>'ocop_trace_code' = ?", [code])
    .whereNull("deleted_at")
    .andWhere("status", "published")
    .first()
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product carries the traceability code ${code}`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "thumbnail", "metadata", ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`)],
    filters: { id: row.id },
  })
  const product = data[0] as Record<string, any>
  const meta = product.metadata ?? {}
  const today = new Date().toISOString().slice(0, 10)
  res.json({
    trace_code: code,
    product: { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail },
    producer: product.producer ?? null,
    origin: { province: meta.ocop_province, legacy_province: meta.ocop_legacy_province ?? null },
    certificate: {
      ...meta.ocop_certificate,
      stars: meta.ocop_stars,
      status: certificateStatus(meta.ocop_certificate, today),
      public_stars: publicStars(meta, today),
    },
  })
}
