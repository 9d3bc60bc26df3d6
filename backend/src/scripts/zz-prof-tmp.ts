const { Client } = require("/work/wt-d/node_modules/.pnpm/pg@8.20.0/node_modules/pg")
import { Replica } from "../modules/ocop-search/replica"
import { answerMany } from "../modules/ocop-search/query"
async function main() {
  const c = new Client({ connectionString: "postgres://postgres@127.0.0.1:5432/ocop_wt_d20k" })
  await c.connect()
  const exec = async (sql: string, params: unknown[] = []) => { let i = 0; return (await c.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows }
  const r = new Replica("ocop_search_product_v3", "id", { title: 3, producer_name: 2, legacy_province: 2, province_name: 1, folded: 1 }, exec)
  await r.ready()
  const index = { name: "product", physical_name: "product_v3", primary_key: "id", settings: {}, fields: {} }
  const facets = ["stars", "province", "group", "producer", "in_stock"].map((field) => ({ field, type: "value", limit: 100 })).concat([{ field: "price_vnd", type: "stats" } as never])
  const filters = { status: "published", sales_channel_ids: { $overlaps: ["sc_01M8YCWZHTGD7AS30JD49MQG17"] } }
  const summary = { index, filters, pagination: { skip: 0, take: 0 }, search_options: { facets, count: "exact" } } as never
  const page = { index, filters, pagination: { skip: 0, take: 24, order: { price_vnd: "ASC" } }, search_options: { count: "none" } } as never
  for (let i = 0; i < 8; i++) {
    let t = performance.now(); answerMany(r, [summary]); const a = performance.now() - t
    t = performance.now(); answerMany(r, [page]); const b = performance.now() - t
    t = performance.now(); answerMany(r, [summary, page]); const both = performance.now() - t
    console.log("summary", a.toFixed(1), "page", b.toFixed(1), "both-in-one", both.toFixed(1))
  }
  await c.end()
}
main()
