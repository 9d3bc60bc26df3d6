import type { MedusaContainer } from "@medusajs/framework"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { GROUPS, usdPriceOf } from "@ocop/shared"
import { renderProductImage, type SeedCatalogue, type SeedProduct } from "@ocop/seed"
import { createProducersWorkflow } from "../../workflows/producer/create-producers"
import { existingHandles } from "./existing"

export const COLLECTIONS = [
  {
    handle: "dac-san-5-sao",
    title: "Đặc sản 5 sao",
    metadata: {
      title_en: "5-star specialities",
      description: "Những món ăn được hội đồng trung ương chấm 5 sao — đỉnh cao của OCOP.",
      description_en: "Foods rated 5 stars by the national council — the best of OCOP.",
    },
    // dishes: tea and coffee are food too (Decision 148/QĐ-TTg) but stay in Trà Việt and Quà Tết OCOP
    pick: (p: SeedProduct) => p.metadata.ocop_stars === 5 && p.group === "food" && !["tea", "coffee"].includes(p.metadata.ocop_subgroup),
  },
  {
    handle: "tra-viet",
    title: "Trà Việt",
    metadata: {
      title_en: "Vietnamese tea",
      description: "Chè Shan tuyết, chè Tân Cương và các loại trà thảo mộc từ vùng chè nổi tiếng.",
      description_en: "Shan Tuyet, Tan Cuong and herbal teas from Vietnam's famous tea regions.",
    },
    pick: (p: SeedProduct) => p.metadata.ocop_subgroup === "tea",
  },
  {
    handle: "thu-cong-my-nghe",
    title: "Quà thủ công mỹ nghệ",
    metadata: {
      title_en: "Handicraft gifts",
      description: "Gốm, mây tre đan, thổ cẩm, sơn mài — làm tay ở các làng nghề.",
      description_en: "Pottery, rattan, brocade and lacquer, handmade in craft villages.",
    },
    pick: (p: SeedProduct) => p.group === "handicraft",
  },
  {
    handle: "qua-tet",
    title: "Quà Tết OCOP",
    metadata: {
      title_en: "OCOP Tết gifts",
      description: "Đặc sản chế biến, rượu và cà phê để biếu dịp Tết.",
      description_en: "Processed specialities, spirits and coffee to give at Tết.",
    },
    pick: (p: SeedProduct) => ["processed", "alcoholic", "coffee"].includes(p.metadata.ocop_subgroup),
  },
  {
    handle: "du-lich-cong-dong",
    title: "Du lịch cộng đồng",
    metadata: {
      title_en: "Community tourism",
      description: "Trải nghiệm làng nghề, homestay và tour nông nghiệp được công nhận OCOP.",
      description_en: "Craft-village visits, homestays and farm tours certified under OCOP.",
    },
    pick: (p: SeedProduct) => p.group === "tourism",
  },
]

async function ensureCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const want = GROUPS.flatMap((g) => [g.code, ...g.subgroups.map((s) => `${g.code}-${s.code}`)])
  const found = await existingHandles(container, "product_category", want)
  const missingGroups = GROUPS.filter((g) => !found.has(g.code))
  if (missingGroups.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingGroups.map((g) => ({ name: g.name, handle: g.code, is_active: true })) },
    })
    result.forEach((c) => found.set(c.handle, c.id))
  }
  const missingSubs = GROUPS.flatMap((g) =>
    g.subgroups
      .filter((s) => !found.has(`${g.code}-${s.code}`))
      .map((s) => ({ name: s.name, handle: `${g.code}-${s.code}`, parent_category_id: found.get(g.code)!, is_active: true }))
  )
  if (missingSubs.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({ input: { product_categories: missingSubs } })
    result.forEach((c) => found.set(c.handle, c.id))
  }
  return found
}

async function ensureCollections(container: MedusaContainer): Promise<Map<string, string>> {
  const found = await existingHandles(container, "product_collection", COLLECTIONS.map((c) => c.handle))
  const missing = COLLECTIONS.filter((c) => !found.has(c.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missing.map(({ handle, title, metadata }) => ({ handle, title, metadata })) },
    })
    result.forEach((c) => found.set(c.handle, c.id))
  }
  return found
}

export async function ensureProducers(container: MedusaContainer, cat: SeedCatalogue): Promise<Map<string, string>> {
  const found = await existingHandles(container, "producer", cat.producers.map((p) => p.handle))
  const missing = cat.producers.filter((p) => !found.has(p.handle))
  if (missing.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: missing.map(({ warehouse, legacy, ...p }) => ({
          ...p,
          metadata: legacy ? { legacy_province: legacy } : null,
        })),
      },
    })
    result.forEach((p) => found.set(p.handle, p.id))
  }
  return found
}

interface ProductContext {
  salesChannelId: string
  shippingProfileId: string
  locationIds: Record<string, string>
  imageDir: string
  imageBaseUrl: string
}

function progress(what: string, done: number, total: number) {
  if (total) process.stdout.write(`[progress] ${what} ${done}/${total}\n`)
}

/** Creates the products that are missing, producer by producer; returns handle → id of all and the ids it created. */
export async function ensureProducts(container: MedusaContainer, cat: SeedCatalogue, ctx: ProductContext, producerIds: Map<string, string>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categories = await ensureCategories(container)
  const collections = await ensureCollections(container)
  const found = await existingHandles(container, "product", cat.products.map((p) => p.handle))
  const missing = cat.products.filter((p) => !found.has(p.handle))
  if (missing.length) logger.info(`Seeding ${missing.length} products (of ${cat.products.length})…`)
  const created: string[] = []
  // "[progress] …" lines: `npm start` draws them as a bar (scripts/lib/proc.mjs)
  progress("products (with images)", 0, missing.length)

  for (const producer of cat.producers) {
    const batch = missing.filter((p) => p.producerHandle === producer.handle)
    if (!batch.length) continue
    const images = await Promise.all(
      batch.map((p) => renderProductImage(ctx.imageDir, p.handle, p.group, p.metadata.ocop_stars))
    )
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p, i) => toProductInput(p, images[i], ctx, categories, collections)),
        additional_data: { producer_id: producerIds.get(producer.handle) },
      },
    })
    result.forEach((p) => found.set(p.handle, p.id))
    created.push(...result.map((p) => p.id))
    await stockProducts(container, query, batch, result.map((p) => p.id), ctx.locationIds[producer.warehouse])
    progress("products (with images)", created.length, missing.length)
  }
  return { ids: found, created }
}

function toProductInput(
  p: SeedProduct,
  image: string,
  ctx: ProductContext,
  categories: Map<string, string>,
  collections: Map<string, string>
) {
  const url = `${ctx.imageBaseUrl}/${image}`
  const collection = COLLECTIONS.find((c) => c.pick(p))
  return {
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    thumbnail: url.replace(/-800\.webp$/, "-400.webp"),
    images: [{ url }],
    metadata: p.metadata,
    category_ids: [categories.get(`${p.group}-${p.metadata.ocop_subgroup}`)!],
    collection_id: collection ? collections.get(collection.handle) : undefined,
    sales_channels: [{ id: ctx.salesChannelId }],
    shipping_profile_id: ctx.shippingProfileId,
    options: [{ title: "Quy cách", values: p.variants.map((v) => v.title) }],
    variants: p.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      ...(v.ean ? { ean: v.ean } : {}),
      manage_inventory: true,
      options: { "Quy cách": v.title },
      prices: [
        { amount: v.price, currency_code: "vnd" },
        { amount: usdPriceOf(v.price), currency_code: "usd" },
      ],
    })),
  }
}

async function stockProducts(
  container: MedusaContainer,
  query: Omit<RemoteQueryFunction, symbol>,
  batch: SeedProduct[],
  productIds: string[],
  locationId: string
) {
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const levels = variants.flatMap((v) =>
    (v.inventory_items ?? []).filter((ii) => ii !== null).map((ii) => ({
      inventory_item_id: ii.inventory_item_id,
      location_id: locationId,
      stocked_quantity: (v.sku && stockBySku.get(v.sku)) || 0,
    }))
  )
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}
