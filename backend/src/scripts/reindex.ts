import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildIndexes } from "../lib/search/rebuild"

// Rebuilds search indexes from the database: `medusa exec ./src/scripts/reindex.ts [index…]`
// (all indexes when none is named). Staff can do the same from the admin API:
// POST /admin/search-indexes/<name>/reindex. With OCOP_REINDEX_IF_NEEDED=true only
// indexes that are not serving yet are built (npm start does this before seeding,
// so the catalogue's events land in a live index).
export default async function reindex({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const done = await rebuildIndexes(container, args, { onlyIfNeeded: process.env.OCOP_REINDEX_IF_NEEDED === "true" })
  if (done.length) logger.info(`Reindexed ${done.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
