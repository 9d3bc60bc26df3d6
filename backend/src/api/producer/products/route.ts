import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { readProducerProducts, viewProducerProducts } from "../../_lib/producer/product-view"
import { producerProductIds } from "../../../lib/producer/ownership"
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
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, submitted_by: req.producer.email, body: req.validatedBody },
  })
  const [product] = await viewProducerProducts(req.scope, [result])
  res.status(201).json({ product })
}
