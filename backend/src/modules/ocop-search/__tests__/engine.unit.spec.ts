import type { SearchTypes } from "@medusajs/framework/types"
import { answerMany } from "../query"
import { Replica } from "../replica"

// The replica and its query engine on a small catalogue, without a database:
// rows are served as the table would serve them (by seq).
const docs = [
  { id: "p1", title: "Mè xửng Quảng Trị", province: "quang-tri", group: "food", stars: 4, price_vnd: 45000, in_stock: true, sales_channel_ids: ["sc"] },
  { id: "p2", title: "Bánh pía Sóc Trăng", legacy: "Sóc Trăng", province: "can-tho", group: "food", stars: 5, price_vnd: 120000, in_stock: false, sales_channel_ids: ["sc"] },
  { id: "p3", title: "Nem nướng Cái Răng Cần Thơ", province: "can-tho", group: "food", stars: 3, price_vnd: 80000, in_stock: true, sales_channel_ids: ["sc"] },
  { id: "p4", title: "Cà phê Arabica Cầu Đất", province: "lam-dong", group: "food", stars: 4, price_vnd: 200000, in_stock: true, sales_channel_ids: ["sc"] },
  { id: "p5", title: "Chè Tân Cương móc câu", province: "thai-nguyen", group: "food", stars: 5, price_vnd: 150000, in_stock: true, sales_channel_ids: ["other"] },
  { id: "p6", title: "Khăn lụa tơ tằm Vạn Phúc", province: "ha-noi", group: "handicraft", stars: 4, price_vnd: 350000, in_stock: true, sales_channel_ids: ["sc"] },
]

function replicaOf(rows: Record<string, unknown>[]) {
  let table: { seq: number; id: unknown; document: Record<string, unknown> | null }[] = rows.map((document, i) => ({ seq: i + 1, id: document.id, document }))
  const replica = new Replica("t", "id", { title: 3, legacy: 2 }, async (_sql, params) => table.filter((r) => r.seq > Number(params![0])))
  return { replica, write: (row: { id: string; document: Record<string, unknown> | null }) => (table = [...table, { ...row, seq: table.length + 1 }]) }
}

const index = { name: "product", physical_name: "product", primary_key: "id", settings: { typo_tolerance: { enabled: true } }, fields: {} }
const query = (q: Partial<SearchTypes.ProviderSearchQuery>) =>
  ({ index, attributes_to_retrieve: [], pagination: { skip: 0, take: 20 }, search_options: { count: "exact" }, ...q }) as unknown as SearchTypes.ProviderSearchQuery
const ids = (r: SearchTypes.SearchResult) => r.hits.map((h) => h.id)

describe("the OCOP search engine", () => {
  it("has no stop-words and folds diacritics: mè, Cần Thơ, ca phe", async () => {
    const { replica } = replicaOf(docs)
    await replica.ready()
    const [me, canTho, caPhe] = answerMany(replica, [query({ q: "mè" }), query({ q: "Cần Thơ" }), query({ q: "ca phe" })])
    expect(ids(me)).toEqual(["p1"])
    expect(ids(canTho)).toEqual(["p3"])
    expect(ids(caPhe)).toEqual(["p4"])
  })

  it("finds synonyms and, only when asked, typos", async () => {
    const { replica } = replicaOf(docs)
    await replica.ready()
    const typo = { typo_tolerance: true, count: "exact" as const }
    const [cafe, tra, exact, fuzzy] = answerMany(replica, [
      query({ q: "cafe" }),
      query({ q: "trà tân cương" }),
      query({ q: "banh pya" }),
      query({ q: "banh pya", search_options: typo }),
    ])
    expect(ids(cafe)).toEqual(["p4"])
    expect(ids(tra)).toEqual(["p5"])
    expect(ids(exact)).toEqual([])
    expect(ids(fuzzy)).toEqual(["p2"])
  })

  it("counts a search and its relaxed facet variants as separate queries would, in one call", async () => {
    const { replica } = replicaOf(docs)
    await replica.ready()
    const facets = [{ field: "province", type: "value" }, { field: "group", type: "value" }, { field: "price_vnd", type: "stats" }]
    const filters = { sales_channel_ids: { $overlaps: ["sc"] }, group: { $in: ["food"] }, province: { $in: ["can-tho"] }, stars: { $gte: 4 } }
    const base = query({ filters, search_options: { count: "exact", facets } as never })
    const relaxedProvince = query({ filters: { ...filters, province: undefined }, pagination: { skip: 0, take: 0 }, search_options: { count: "none", facets: [facets[0]] } as never })
    const together = answerMany(replica, [base, relaxedProvince])
    const apart = [answerMany(replica, [base])[0], answerMany(replica, [relaxedProvince])[0]]
    expect(together).toEqual(apart.map((r, i) => ({ ...r, metadata: { ...r.metadata, processing_time_ms: together[i].metadata.processing_time_ms } })))
    expect(ids(together[0])).toEqual(["p2"])
    expect(together[0].metadata.count).toBe(1)
    expect(together[1].facets!.province).toEqual({ type: "value", values: [{ value: "can-tho", count: 1 }, { value: "quang-tri", count: 1 }, { value: "lam-dong", count: 1 }].sort((a, b) => a.value.localeCompare(b.value)) })
    expect(together[0].facets!.price_vnd).toMatchObject({ type: "stats", min: 120000, max: 120000 })
  })

  it("sorts, pages and follows writes and deletes", async () => {
    const { replica, write } = replicaOf(docs)
    await replica.ready()
    const byPrice = query({ pagination: { skip: 1, take: 2, order: { price_vnd: "DESC" } } })
    expect(ids(answerMany(replica, [byPrice])[0])).toEqual(["p4", "p5"])
    write({ id: "p4", document: null })
    write({ id: "p7", document: { id: "p7", title: "Mật ong bạc hà", price_vnd: 300000, stars: 4 } })
    await replica.sync()
    expect(ids(answerMany(replica, [byPrice])[0])).toEqual(["p7", "p5"])
    expect(ids(answerMany(replica, [query({ q: "cà phê" })])[0])).toEqual([])
    expect(ids(answerMany(replica, [query({ q: "mat ong" })])[0])).toEqual(["p7"])
  })
})
