import { PROVINCE_CODES, SALES_POINT_TYPE_CODES, VIETNAM_BOUNDS } from "@ocop/shared"
import { z } from "zod"

const coordinate = (min: number, max: number, name: string) =>
  z.coerce
    .number({ error: `must be a number (${name} in degrees)` })
    .min(min, { error: `must be inside Vietnam (${min}–${max})` })
    .max(max, { error: `must be inside Vietnam (${min}–${max})` })

const ids = z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(",")).filter(Boolean)),
  z.array(z.string().regex(/^prod_[A-Z0-9]{10,40}$/, { error: "must be product ids (prod_…)" })).max(50).optional()
)

export const StoreSalesPointsSchema = z
  .object({
    province: z.enum(PROVINCE_CODES, { error: "must be a province code, e.g. ha-noi" }).optional(),
    type: z.enum(SALES_POINT_TYPE_CODES, { error: `must be one of ${SALES_POINT_TYPE_CODES.join(", ")}` }).optional(),
    lat: coordinate(VIETNAM_BOUNDS.minLat, VIETNAM_BOUNDS.maxLat, "latitude").optional(),
    lng: coordinate(VIETNAM_BOUNDS.minLng, VIETNAM_BOUNDS.maxLng, "longitude").optional(),
    // only points that stock every one of these products (pickup of a whole cart)
    product_id: ids,
  })
  .strict()
  .refine((p) => (p.lat === undefined) === (p.lng === undefined), { path: ["lng"], error: "lat and lng go together" })

export type StoreSalesPointsParams = z.infer<typeof StoreSalesPointsSchema>
