import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerRequest } from "../../../_lib/producer/actor"
import { producerStockLocation } from "../../../../lib/producer/catalogue-defaults"
import { assertOwnProduct, producerProductIds } from "../../../../lib/producer/ownership"
import { productUpdateInput } from "../../../../lib/producer/product-input"
import { readProducerProducts } from "../../../_lib/producer/product-view"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-product/update-producer-product"
import type { UpdateProducerProduct } from "../../../../workflows/producer-product/validators"

async function ownProduct<Body>(req: ProducerRequest<Body>) {
  await assertOwnProduct(req.scope, req.producer.id, req.params.id)
  const { products } = await readProducerProducts(req.scope, [req.params.id])
  return products[0]
}

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ product: await ownProduct(req) })
}

/**
 * POST /producer/products/:id — change any part, sizes included (the whole
 * list: sizes left out are removed); a changed certificate or `resubmit` of a
 * rejected product waits for staff again. All or nothing.
 */
export async function POST(req: ProducerRequest<UpdateProducerProduct>, res: MedusaResponse) {
  const previous = await ownProduct(req)
  const { product, sizes, stock, certificate } = await productUpdateInput(
    req.scope,
    req.producer.id,
    { id: previous.id, metadata: previous.ocop, variants: previous.variants },
    req.validatedBody,
    req.producer.email
  )
  const location_id = await producerStockLocation(req.scope, await producerProductIds(req.scope, req.producer.id))
  await updateProducerProductWorkflow(req.scope).run({ input: { location_id, product, sizes, stock, certificate } })
  const { products } = await readProducerProducts(req.scope, [previous.id])
  res.json({ product: products[0] })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.producer.id, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
