import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus, verificationStatus, type ProducerProductView } from "@ocop/shared"

export const PRODUCER_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "metadata",
  "created_at",
  "updated_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Row = Record<string, any>

/** What a producer sees of one of their products: prices in đồng, stock on hand, where verification stands. */
export function toProducerProduct(row: Row): ProducerProductView {
  const meta = row.metadata ?? {}
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle,
    description: row.description,
    status: row.status,
    thumbnail: row.thumbnail,
    images: (row.images ?? []).map((i: Row) => i.url),
    ocop: meta,
    story: meta.ocop_story ?? null,
    verification: { status: verificationStatus(meta), note: meta.ocop_verification?.note ?? null, at: meta.ocop_verification?.at ?? null },
    certificate_status: certificateStatus(meta.ocop_certificate),
    updated_at: row.updated_at,
    variants: (row.variants ?? []).map((v: Row) => {
      const levels = (v.inventory_items ?? []).flatMap((ii: Row) => ii.inventory?.location_levels ?? [])
      return {
        id: v.id,
        title: v.title,
        sku: v.sku,
        price: Number((v.prices ?? []).find((p: Row) => p.currency_code === "vnd")?.amount ?? 0),
        stock: levels.reduce((n: number, l: Row) => n + Number(l.stocked_quantity ?? 0), 0),
        reserved: levels.reduce((n: number, l: Row) => n + Number(l.reserved_quantity ?? 0), 0),
      }
    }),
  }
}

export async function readProducerProducts(container: MedusaContainer, ids: string[], pagination?: { skip: number; take: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!ids.length) return { products: [], count: 0 }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: pagination ? { ...pagination, order: { updated_at: "DESC" } } : undefined,
  })
  return { products: data.map(toProducerProduct), count: metadata?.count ?? data.length }
}
