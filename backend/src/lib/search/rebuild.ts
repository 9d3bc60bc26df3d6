import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Options = { ids?: string[]; onlyIfNeeded?: boolean }

/**
 * Rebuilds indexes and waits until they serve again. With `ids`, only those
 * documents are re-read (in place) — scripts use it for what they just wrote,
 * because a short-lived `medusa exec` may exit before its last events are
 * ingested. Indexes that are not serving yet are left to a full build.
 */
export async function rebuildIndexes(container: MedusaContainer, names?: string[], { ids, onlyIfNeeded }: Options = {}) {
  const search = container.resolve(Modules.SEARCH)
  const indexes = (await search.listIndexes()).filter((i) => !names?.length || names.includes(i.name))
  const todo = indexes.filter((i) => (ids ? i.status === "ready" : !onlyIfNeeded || i.status !== "ready")).map((i) => i.name)
  if (!todo.length || (ids && !ids.length)) return []
  await search.reindex(ids ? { index: todo, strategy: "in_place", filters: { id: ids } } : { index: todo })
  for (;;) {
    const pending = (await search.listIndexes()).filter((i) => todo.includes(i.name) && i.status !== "ready")
    if (!pending.length) return todo
    if (pending.some((i) => i.status === "error")) throw new Error(`Reindexing failed for ${pending.map((i) => i.name).join(", ")}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
