import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { replaceFairCatalogueWorkflow } from "../../../../../workflows/fair/replace-catalogue"
import type { FairCatalogue } from "./validators"

async function readCatalogue(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fair",
    fields: ["id", "name", "published", "producers.id", "producers.name", "products.id", "products.title", "products.producer.id"],
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fair ${req.params.id} was not found`)
  const [{ data: exhibitorLinks }, { data: productLinks }, { data: exhibitorProducts }] = await Promise.all([
    query.graph({ entity: "fair_producer", fields: ["producer_id", "booth", "position"], filters: { fair_id: req.params.id } }),
    query.graph({ entity: "fair_product", fields: ["product_id", "position"], filters: { fair_id: req.params.id } }),
    query.graph({ entity: "producer", fields: ["id", "products.id", "products.title"], filters: { id: (data[0].producers ?? []).flatMap((p) => (p ? [p.id] : [])) } }),
  ])
  const fair = data[0]
  const exhibitors = exhibitorLinks
    .map((l) => ({
      producer_id: l.producer_id,
      name: fair.producers?.find((p) => p?.id === l.producer_id)?.name,
      booth: l.booth,
      position: l.position,
      // what staff can pick from for the catalogue
      products: (exhibitorProducts.find((p) => p.id === l.producer_id)?.products ?? []).flatMap((p) => (p ? [{ id: p.id, title: p.title }] : [])),
    }))
    .sort((a, b) => a.position - b.position)
  const products = productLinks
    .map((l) => {
      const p = fair.products?.find((x) => x?.id === l.product_id)
      return { product_id: l.product_id, title: p?.title, producer_id: p?.producer?.id ?? null, position: l.position }
    })
    .sort((a, b) => a.position - b.position)
  return { fair: { id: fair.id, name: fair.name, published: fair.published }, exhibitors, products }
}

/** GET /admin/fairs/:id/catalogue — exhibitors with booths and shown products, in catalogue order. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ catalogue: await readCatalogue(req) })
}

/** POST /admin/fairs/:id/catalogue — replaces it; every product shown must come from an exhibitor. */
export async function POST(req: MedusaRequest<FairCatalogue>, res: MedusaResponse) {
  const current = await readCatalogue(req)
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: products }] = await Promise.all([
    query.graph({ entity: "producer", fields: ["id"], filters: { id: body.exhibitors.map((e) => e.producer_id) } }),
    query.graph({ entity: "product", fields: ["id", "title", "producer.id"], filters: { id: body.product_ids } }),
  ])
  const missing = [
    ...body.exhibitors.filter((e) => !producers.some((p) => p.id === e.producer_id)).map((e) => `exhibitors: no producer ${e.producer_id}`),
    ...body.product_ids.filter((id) => !products.some((p) => p.id === id)).map((id) => `product_ids: no product ${id}`),
  ]
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, missing.join("; "))
  const exhibitorIds = new Set(body.exhibitors.map((e) => e.producer_id))
  const stray = products.filter((p) => !(p.producer && exhibitorIds.has(p.producer.id)))
  if (stray.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: ${stray.map((p) => p.title).join(", ")} — add their producer as an exhibitor first`)
  }
  await replaceFairCatalogueWorkflow(req.scope).run({
    input: {
      fair_id: current.fair.id,
      previous: { producer_ids: current.exhibitors.map((e) => e.producer_id), product_ids: current.products.map((p) => p.product_id) },
      exhibitors: body.exhibitors,
      product_ids: body.product_ids,
    },
  })
  res.json({ catalogue: await readCatalogue(req) })
}
