import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { producerStockLocation } from "../../../lib/producer/catalogue-defaults"
import { producerProductIds } from "../../../lib/producer/ownership"
import { newProductInput } from "../../../lib/producer/product-input"
import { readProducerProducts } from "../../_lib/producer/product-view"
import { createProducerProductWorkflow } from "../../../workflows/producer-product/create-producer-product"
import type { CreateProducerProduct } from "../../../workflows/producer-product/validators"

/** GET /producer/products — the signed-in producer's products, newest change first. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const ids = await producerProductIds(req.scope, req.producer.id)
  const { products, count } = await readProducerProducts(req.scope, ids, { skip: offset, take: limit })
  res.json({ products, count, limit, offset })
}

/** POST /producer/products — a new product, not on sale until staff verify its certificate. */
export async function POST(req: ProducerRequest<CreateProducerProduct>, res: MedusaResponse) {
  const body = req.validatedBody
  const { product, stock } = await newProductInput(req.scope, req.producer.id, body)
  const location_id = await producerStockLocation(req.scope, await producerProductIds(req.scope, req.producer.id))
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, submitted_by: req.producer.email, location_id, product, stock },
  })
  const { products } = await readProducerProducts(req.scope, [result.id])
  res.status(201).json({ product: products[0] })
}
