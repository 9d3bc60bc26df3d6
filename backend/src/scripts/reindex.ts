import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// Rebuilds search indexes from the database: `medusa exec ./src/scripts/reindex.ts [index…]`
// (all indexes when none is named). Staff can do the same from the admin API:
// POST /admin/search-indexes/<name>/reindex. With OCOP_REINDEX_IF_NEEDED=true only
// indexes that are not serving yet are built (npm start does this before seeding,
// so the catalogue's events land in a live index).
export default async function reindex({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH)
  const onlyIfNeeded = process.env.OCOP_REINDEX_IF_NEEDED === "true"
  const names = (await search.listIndexes())
    .filter((i) => (!args?.length || args.includes(i.name)) && (!onlyIfNeeded || i.status !== "ready"))
    .map((i) => i.name)
  if (!names.length) return
  const started = Date.now()
  await search.reindex({ index: names })
  for (;;) {
    const pending = (await search.listIndexes()).filter((i) => names.includes(i.name) && i.status !== "ready")
    if (!pending.length) break
    if (pending.some((i) => i.status === "error")) throw new Error(`Reindexing failed for ${pending.map((i) => i.name).join(", ")}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  logger.info(`Reindexed ${names.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
