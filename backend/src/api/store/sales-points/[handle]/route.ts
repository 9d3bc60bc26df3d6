import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productCards } from "../../../../lib/store/product-cards"
import { PUBLIC_SALES_POINT_FIELDS } from "../../../../lib/store/public-fields"

// GET /store/sales-points/:handle — a sales point and the products on its shelves.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_point",
    fields: [...PUBLIC_SALES_POINT_FIELDS, "products.id"],
    filters: { handle: req.params.handle },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No sales point with handle "${req.params.handle}"`)
  const { products, ...point } = data[0]
  const cards = await productCards(req.scope, (products ?? []).flatMap((x) => (x ? [x.id] : [])))
  res.json({ sales_point: point, products: cards })
}
