import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDefaultsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureDeliverySetup } from "../modules/ocop-delivery/setup"

// Runs once, on `medusa db:migrate` (npm start): the shop's warehouses and delivery options
// (modules/ocop-delivery/setup.ts, from @ocop/shared delivery.ts), so a shop without the demo
// catalogue can take orders. They serve the store's default sales channel: Medusa makes the
// store and that channel on its first start, which comes after this, so they are made here
// first (createDefaultsWorkflow, the same workflow, changes nothing where they exist).
// The demo seed adds its own sales channel to the same warehouses.
export default async function setUpDelivery({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await createDefaultsWorkflow(container).run()
  const { data: stores } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const channel = stores[0]?.default_sales_channel_id
  const { locationIds } = await ensureDeliverySetup(container, channel ? [channel] : [])
  logger.info(`OCOP delivery: ${Object.keys(locationIds).length} warehouses with their delivery options`)
}
