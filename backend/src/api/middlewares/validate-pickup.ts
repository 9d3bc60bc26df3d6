import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Pickup at an OCOP sales point: the point must exist and stock every product
 * in the cart. The fulfillment provider cannot see sales points, the store
 * API can, so the check lives here, before the shipping method is saved.
 */
export async function validatePickup(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as { option_id?: string; data?: { sales_point_id?: unknown } }
    if (!body.option_id) return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: options } = await query.graph({ entity: "shipping_option", fields: ["data"], filters: { id: body.option_id } })
    if ((options[0]?.data as { id?: string } | undefined)?.id !== "pickup") return next()
    const pointId = body.data?.sales_point_id
    if (typeof pointId !== "string" || !pointId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Pickup needs data.sales_point_id: the OCOP sales point to collect the order from")
    }
    const [{ data: points }, { data: carts }] = await Promise.all([
      query.graph({ entity: "sales_point", fields: ["id", "name", "products.id"], filters: { id: pointId } }),
      query.graph({ entity: "cart", fields: ["items.product_id", "items.product_title"], filters: { id: req.params.id } }),
    ])
    if (!points[0]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No OCOP sales point ${pointId}`)
    const stocked = new Set((points[0].products ?? []).map((p) => p?.id))
    const items = (carts[0]?.items ?? []) as { product_id: string; product_title: string }[]
    const missing = items.filter((i) => !stocked.has(i.product_id))
    if (missing.length) {
      const titles = missing.map((i) => i.product_title).join(", ")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${points[0].name} does not stock: ${titles}. Choose another sales point or home delivery.`)
    }
    next()
  } catch (e) {
    next(e)
  }
}
