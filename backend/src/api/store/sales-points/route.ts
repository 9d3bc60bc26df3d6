import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { distanceKm } from "@ocop/shared"
import { PUBLIC_SALES_POINT_FIELDS } from "../../../lib/store/public-fields"
import { provinceAndTypeFilters } from "../../../lib/store/place-filters"
import type { StoreSalesPointsParams } from "./validators"

// GET /store/sales-points — physical OCOP sales points, filtered by province,
// type and stocked products; nearest first when lat/lng are given.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const p = req.validatedQuery as StoreSalesPointsParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_point",
    fields: [...PUBLIC_SALES_POINT_FIELDS, "products.id"],
    filters: provinceAndTypeFilters(p),
  })
  const here = p.lat !== undefined && p.lng !== undefined ? { lat: p.lat, lng: p.lng } : null
  const points = data
    .map(({ products, ...point }) => {
      const stocked = new Set((products ?? []).flatMap((x) => (x ? [x.id] : [])))
      return {
        point: {
          ...(point as { name: string; latitude: number; longitude: number }),
          product_count: stocked.size,
          distance_km: here ? Math.round(distanceKm(here, { lat: point.latitude, lng: point.longitude }) * 10) / 10 : null,
        },
        stocked,
      }
    })
    .filter(({ stocked }) => (p.product_id ?? []).every((id) => stocked.has(id)))
    .map(({ point }) => point)
    .sort((a, b) => (here ? a.distance_km! - b.distance_km! : a.name.localeCompare(b.name, "vi")))
  res.json({ sales_points: points, count: points.length })
}
