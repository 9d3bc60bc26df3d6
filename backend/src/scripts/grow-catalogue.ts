import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

// Benchmark tooling: grows the catalogue to $OCOP_BENCH_PRODUCTS products by
// copying the demo products as further batches ("lô 2", "lô 3", …) with
// varied prices, through the normal product workflow (validation, producer
// link and search events included). Idempotent: counts what is there first.
export default async function growCatalogue({ container }: ExecArgs) {
  const target = Number(process.env.OCOP_BENCH_PRODUCTS || 1000)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: templates } = await query.graph({
    entity: "product",
    fields: ["title", "handle", "description", "thumbnail", "metadata", "producer.id", "sales_channels.id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { handle: { $not: { $like: "%-lo-%" } } },
  })
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { take: 1 } })
  let count = metadata?.count ?? 0
  const started = Date.now()
  for (let batch = 2; count < target; batch++) {
    const byProducer = new Map<string, typeof templates>()
    for (const t of templates) {
      const key = t.producer?.id ?? ""
      byProducer.set(key, [...(byProducer.get(key) ?? []), t])
    }
    for (const [producerId, group] of byProducer) {
      if (count >= target) break
      const slice = group.slice(0, target - count)
      await createProductsWorkflow(container).run({
        input: {
          products: slice.map((t, i) => {
            const prices = (t.variants ?? []).flatMap((v) => (v as { prices?: { amount: number; currency_code: string }[] } | null)?.prices ?? [])
            const vnd = Math.min(...prices.filter((p) => p.currency_code === "vnd").map((p) => Number(p.amount)))
            const price = Math.round((vnd * (0.8 + ((batch * 7 + i * 13) % 40) / 100)) / 1000) * 1000
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
      count += slice.length
    }
    logger.info(`Catalogue grown to ${count} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
}
