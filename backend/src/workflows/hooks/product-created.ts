import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Link } from "@medusajs/framework/modules-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { OCOP_REGISTRY_MODULE } from "../../modules/ocop-registry"
import type OcopRegistryModuleService from "../../modules/ocop-registry/service"
import { recordFirstCertificates } from "../../lib/registry/import"
import { assertOcopMetadata } from "./ocop-metadata"

type Created = { links: LinkDefinition[]; certificates: string[]; events: string[] }

// Every product creation (admin, CSV import, producer portal, seed) runs this:
// OCOP metadata must be valid, `additional_data.producer_id` links the
// products to their producer, and the registry records each product's first
// certificate (lib/registry/import.ts). Throwing rolls the whole creation back.
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    assertOcopMetadata(products)
    const producerId = (additional_data?.producer_id as string | undefined) ?? null
    const done: Created = { links: [], certificates: [], events: [] }
    if (producerId) {
      const producers = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerId }, { select: ["id"] })
      if (!producers.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `additional_data.producer_id: no producer with id ${producerId}`)
      }
      done.links = products.map((p) => ({
        [PRODUCER_MODULE]: { producer_id: producerId },
        [Modules.PRODUCT]: { product_id: p.id },
      }))
      await container.resolve<Link>(ContainerRegistrationKeys.LINK).create(done.links)
    }
    const by = (additional_data?.submitted_by as string | undefined) ?? "staff"
    Object.assign(done, await recordFirstCertificates(container, products, { producer_id: producerId, by }))
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (!done) return
    const registry = container.resolve<OcopRegistryModuleService>(OCOP_REGISTRY_MODULE)
    if (done.events.length) await registry.deleteCertificateEvents(done.events)
    if (done.certificates.length) await registry.deleteOcopCertificates(done.certificates)
    if (done.links.length) await container.resolve<Link>(ContainerRegistrationKeys.LINK).dismiss(done.links)
  }
)
