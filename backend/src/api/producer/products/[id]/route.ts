import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerRequest } from "../../../_lib/producer/actor"
import { readProducerProducts, viewProducerProducts } from "../../../_lib/producer/product-view"
import { assertOwnProduct } from "../../../../lib/producer/ownership"
import { editProducerProductWorkflow } from "../../../../workflows/producer-product/edit-producer-product"
import type { UpdateProducerProduct } from "../../../../workflows/producer-product/validators"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.producer.id, req.params.id)
  const { products } = await readProducerProducts(req.scope, [req.params.id])
  res.json({ product: products[0] })
}

/**
 * POST /producer/products/:id — change any part, sizes included (the whole
 * list: sizes left out are removed); a changed certificate or `resubmit` of a
 * rejected product waits for staff again. All or nothing.
 */
export async function POST(req: ProducerRequest<UpdateProducerProduct>, res: MedusaResponse) {
  const { result } = await editProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id, body: req.validatedBody, by: req.producer.email },
  })
  const [product] = await viewProducerProducts(req.scope, [result])
  res.json({ product })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.producer.id, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
