export default async function ({ container }) {
  const s = container.resolve("search")
  const t0 = Date.now()
  console.log("REINDEX", JSON.stringify(await s.reindex({ indexes: ["product"] } as any)), Date.now() - t0)
  for (let i = 0; i < 30; i++) {
    const idx = await s.listIndexes()
    if (idx[0].status === "ready") break
    await new Promise((r) => setTimeout(r, 1000))
  }
  console.log("STATUS", (await s.listIndexes())[0].status, Date.now() - t0)
  for (const q of ["mien dog", "nuoc mam", "che tan cuong", "Bắc Kạn", "mie"]) {
    const r = await s.search({ entity: "product", filters: { q }, pagination: { take: 3 }, search_options: { typo_tolerance: true, match_strategy: "last", facets: ["stars", "group"] } })
    console.log("RESULT", q, r.metadata.count, r.hits.map((h) => h.document.title).join(" | "), JSON.stringify(r.facets).slice(0, 300))
  }
}
