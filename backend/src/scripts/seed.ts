import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildCatalogue } from "@ocop/seed"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { ensureProducers, ensureProducts } from "./seed/catalogue"
import { ensureFairs, ensureSalesPoints } from "./seed/places"
import { ensureDemoWork } from "./seed/demo-work"
import { ensureStore } from "./seed/store"
import { ensureDeliverySetup } from "../modules/ocop-delivery/setup"
import { rebuildIndexes } from "../lib/search/rebuild"
import { importLegacyStamps } from "../lib/registry/legacy-stamps"
import { vietnamToday } from "@ocop/shared"

// Loads the demo catalogue. Idempotent: every record is matched by handle or
// name and only what is missing is created, so it runs on every `npm start`.
// Writes the storefront's publishable key to $OCOP_KEY_FILE when set.
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const today = process.env.OCOP_SEED_DATE || vietnamToday()
  const cat = buildCatalogue(today)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`

  const store = await ensureStore(container)
  // the delivery setup step (migration-scripts/ocop-delivery-setup.ts) made these; the test runner
  // runs no migration scripts, and the demo's sales channel is offered the warehouses' options too
  const { shippingProfileId, locationIds } = await ensureDeliverySetup(container, [store.salesChannelId])
  const producerIds = await ensureProducers(container, cat)
  const { ids: productIds, created } = await ensureProducts(
    container,
    cat,
    {
      salesChannelId: store.salesChannelId,
      shippingProfileId,
      locationIds,
      imageDir: join(process.cwd(), "static", "products"),
      imageBaseUrl: `${backendUrl}/static/products`,
    },
    producerIds
  )
  // the codes printed on stamps before the registry: each becomes a stamp serial
  const stamps = await importLegacyStamps(
    container,
    cat.products.filter((p) => productIds.has(p.handle)).map((p) => ({ product_id: productIds.get(p.handle)!, code: p.trace_code }))
  )
  if (stamps.imported) logger.info(`Imported ${stamps.imported} printed trace codes as stamps`)
  await ensureSalesPoints(container, cat, productIds)
  await ensureFairs(container, cat, productIds, producerIds)
  // this process may end before the search index has taken in every product it created
  await rebuildIndexes(container, ["product"], { ids: created })
  // a producer account, certificates to review and orders to handle, so each user can try their job
  // (OCOP_DEMO_WORK=false leaves them out, e.g. for tests that count orders of their own)
  if (process.env.OCOP_DEMO_WORK !== "false") {
    await ensureDemoWork(container, { salesChannelId: store.salesChannelId, regionId: store.regionIds.vnd })
  }

  if (process.env.OCOP_KEY_FILE) writeFileSync(process.env.OCOP_KEY_FILE, store.publishableKey + "\n")
  logger.info(
    `OCOP catalogue ready: ${producerIds.size} producers, ${productIds.size} products, ` +
      `${cat.salesPoints.length} sales points, ${cat.fairs.length} fairs (${((Date.now() - started) / 1000).toFixed(1)} s)`
  )
}
