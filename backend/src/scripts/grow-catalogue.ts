import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { rebuildIndexes } from "../lib/search/rebuild"

// Benchmark tooling: grows the catalogue to $OCOP_BENCH_PRODUCTS products by
// copying the demo products as further batches ("lô 2", "lô 3", …) with
// varied prices, through the normal product workflow (validation, producer
// link and search events included). Idempotent: counts what is there first.
export default async function growCatalogue({ container }: ExecArgs) {
  const target = Number(process.env.OCOP_BENCH_PRODUCTS || 1000)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: all } = await query.graph({
    entity: "product",
    fields: ["title", "handle", "description", "thumbnail", "metadata", "producer.id", "sales_channels.id", "variants.prices.amount", "variants.prices.currency_code"],
  })
  const templates = all.filter((p) => !/-lo-\d+$/.test(p.handle))
  const started = Date.now()
  // copy j is batch 2 + ⌊j / templates⌋ of template j mod templates; the ones already made are skipped
  const copies = Array.from({ length: Math.max(0, target - all.length) }, (_, i) => {
    const j = all.length - templates.length + i
    return { template: templates[j % templates.length], batch: 2 + Math.floor(j / templates.length), j }
  })
  const byProducer = new Map<string, typeof copies>()
  for (const c of copies) {
    const key = c.template.producer?.id ?? ""
    const list = byProducer.get(key)
    if (list) list.push(c)
    else byProducer.set(key, [c])
  }
  const made: string[] = []
  for (const [producerId, list] of byProducer) {
    for (let from = 0; from < list.length; from += 100) {
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: list.slice(from, from + 100).map(({ template: t, batch, j }) => {
            const prices = (t.variants ?? []).flatMap((v) => (v as { prices?: { amount: number; currency_code: string }[] } | null)?.prices ?? [])
            const vnd = Math.min(...prices.filter((p) => p.currency_code === "vnd").map((p) => Number(p.amount)))
            const price = Math.round((vnd * (0.8 + ((j * 13) % 40) / 100)) / 1000) * 1000
            return {
              title: `${t.title} (lô ${batch})`,
              handle: `${t.handle}-lo-${batch}`,
              description: t.description,
              thumbnail: t.thumbnail,
              status: ProductStatus.PUBLISHED,
              metadata: t.metadata,
              sales_channels: (t.sales_channels ?? []).map((sc) => ({ id: sc!.id })),
              options: [{ title: "Quy cách", values: ["Tiêu chuẩn"] }],
              variants: [
                {
                  title: "Tiêu chuẩn",
                  manage_inventory: false,
                  options: { "Quy cách": "Tiêu chuẩn" },
                  prices: [
                    { amount: price, currency_code: "vnd" },
                    { amount: Math.round((price / 25400) * 100) / 100, currency_code: "usd" },
                  ],
                },
              ],
            }
          }),
          additional_data: producerId ? { producer_id: producerId } : undefined,
        },
      })
      made.push(...result.map((p) => p.id))
    }
  }
  // this process may end before the search index has taken in every product it created
  await rebuildIndexes(container, ["product"], { ids: made })
  logger.info(`Catalogue grown by ${made.length} to ${all.length + made.length} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
