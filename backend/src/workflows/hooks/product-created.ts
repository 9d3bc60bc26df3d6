import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Link } from "@medusajs/framework/modules-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { assertOcopMetadata } from "./ocop-metadata"

// Every product creation (admin, CSV import, producer portal, seed) runs this:
// OCOP metadata must be valid, and `additional_data.producer_id` links the
// products to their producer. Throwing rolls the whole creation back.
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    assertOcopMetadata(products)
    const producerId = additional_data?.producer_id as string | undefined
    if (!producerId) return new StepResponse([], [])
    const producers = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerId }, { select: ["id"] })
    if (!producers.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `additional_data.producer_id: no producer with id ${producerId}`)
    }
    const links = products.map((p) => ({
      [PRODUCER_MODULE]: { producer_id: producerId },
      [Modules.PRODUCT]: { product_id: p.id },
    }))
    await container.resolve<Link>(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve<Link>(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
