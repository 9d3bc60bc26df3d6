import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fairStatus } from "@ocop/shared"
import { productCards } from "../../../../lib/store/product-cards"
import { PUBLIC_FAIR_FIELDS, PUBLIC_PRODUCER_FIELDS } from "../../../../lib/store/public-fields"

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position

// GET /store/fairs/:handle — a fair and its catalogue: exhibitors in booth
// order, each with the products they show there.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fair",
    fields: PUBLIC_FAIR_FIELDS,
    filters: { handle: req.params.handle, published: true },
  })
  const fair = data[0]
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No fair with handle "${req.params.handle}"`)

  const [{ data: exhibitorLinks }, { data: productLinks }] = await Promise.all([
    query.graph({ entity: "fair_producer", fields: ["producer_id", "booth", "position"], filters: { fair_id: fair.id } }),
    query.graph({ entity: "fair_product", fields: ["product_id", "position"], filters: { fair_id: fair.id } }),
  ])
  const producerIds = exhibitorLinks.map((l) => l.producer_id)
  const [{ data: producers }, cards] = await Promise.all([
    producerIds.length
      ? query.graph({ entity: "producer", fields: PUBLIC_PRODUCER_FIELDS, filters: { id: producerIds } })
      : Promise.resolve({ data: [] }),
    productCards(req.scope, [...productLinks].sort(byPosition).map((l) => l.product_id)),
  ])
  const producerById = new Map(producers.map((x) => [x.id, x] as const))
  const exhibitors = [...exhibitorLinks]
    .sort(byPosition)
    .filter((l) => producerById.has(l.producer_id))
    .map((l) => {
      const producer = producerById.get(l.producer_id)!
      return { booth: l.booth, producer, products: cards.filter((c) => c.producer === producer.handle) }
    })
  res.json({
    fair: { ...fair, status: fairStatus(fair as { starts_at: string; ends_at: string }) },
    exhibitors,
    product_count: cards.length,
  })
}
