import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus, verificationStatus, type ProducerProductView } from "@ocop/shared"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { PRODUCER_PRODUCT_FIELDS } from "../../../workflows/producer-product/steps/read-producer-product"

// A row of query.graph with nested links, read by field name: the generated entity types do not
// cover the link fields asked for here (payment collections, inventory levels, prices…).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Row = Record<string, any>

/** The producer's uploads by URL (the file behind each photo), for the products' images. */
type UploadsByUrl = Map<string, { id: string; producer_id: string }>

/** What a producer sees of one of their products: prices in đồng, stock on hand, where verification stands. */
export function toProducerProduct(row: Row, uploads: UploadsByUrl = new Map()): ProducerProductView {
  const meta = row.metadata ?? {}
  const v = meta.ocop_verification ?? {}
  const images: Row[] = [...(row.images ?? [])].sort((a: Row, b: Row) => (a.rank ?? 0) - (b.rank ?? 0))
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle,
    description: row.description,
    status: row.status,
    thumbnail: row.thumbnail,
    images: images.map((i) => i.url),
    photos: images.map((i) => {
      const file = uploads.get(i.url)
      return { id: file && file.producer_id === row.producer?.id ? file.id : null, url: i.url }
    }),
    ocop: meta,
    story: meta.ocop_story ?? null,
    verification: {
      status: verificationStatus(meta),
      note: v.note ?? null,
      at: v.at ?? null,
      previous_note: v.previous_note ?? null,
      resubmitted_at: v.resubmitted_at ?? null,
    },
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

/** Products as query.graph read them with PRODUCER_PRODUCT_FIELDS, as the portal sees them (each photo with its upload's id). */
export async function viewProducerProducts(container: MedusaContainer, rows: Row[]): Promise<ProducerProductView[]> {
  const urls = [...new Set(rows.flatMap((p: Row) => (p.images ?? []).map((i: Row) => i.url)))]
  const files = urls.length
    ? await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerFiles({ url: urls }, { select: ["id", "url", "producer_id"] })
    : []
  const uploads: UploadsByUrl = new Map((files as { id: string; url: string; producer_id: string }[]).map((f) => [f.url, f]))
  return rows.map((row: Row) => toProducerProduct(row, uploads))
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
  return { products: await viewProducerProducts(container, data), count: metadata?.count ?? data.length }
}
