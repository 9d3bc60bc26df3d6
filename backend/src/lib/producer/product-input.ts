import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { slugify, usdPriceOf } from "@ocop/shared"
import { sanitizeRichText } from "@ocop/shared/rich-text"
import { randomBytes } from "node:crypto"
import type { CreateProducerProduct, UpdateProducerProduct } from "../../api/producer/products/validators"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { catalogueDefaults } from "./catalogue-defaults"
import { composeProducerMetadata } from "./ocop-fields"
import { notYours } from "./ownership"

export const SIZE_OPTION = "Quy cách"

type Variant = CreateProducerProduct["variants"][number]

/** The producer's own uploads, in the order given; anyone else's file is "not found". */
async function ownFiles(container: MedusaContainer, producerId: string, ids: string[], kind: "image" | "certificate") {
  if (!ids.length) return []
  const files = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerFiles({ id: ids, producer_id: producerId } as any)
  return ids.map((id) => {
    const f = files.find((x) => x.id === id)
    if (!f) throw notYours("File", id)
    if (f.kind !== kind) throw new MedusaError(MedusaError.Types.INVALID_DATA, `File ${id} is a ${f.kind}, not a ${kind === "image" ? "photo" : "certificate scan"}`)
    return f
  })
}

function variantInput(v: Variant) {
  return {
    ...(v.id ? { id: v.id } : {}),
    title: v.title,
    ...(v.sku ? { sku: v.sku } : {}),
    manage_inventory: true,
    options: { [SIZE_OPTION]: v.title },
    prices: [
      { amount: v.price, currency_code: "vnd" },
      { amount: usdPriceOf(v.price), currency_code: "usd" },
    ],
  }
}

const stockOf = (variants: Variant[]) => Object.fromEntries(variants.map((v) => [v.title, v.stock]))

async function commonFields(container: MedusaContainer, producerId: string, body: UpdateProducerProduct, previousMeta: Record<string, any> | null) {
  const images = body.image_ids ? await ownFiles(container, producerId, body.image_ids, "image") : undefined
  const [scan] = body.certificate_scan_id ? await ownFiles(container, producerId, [body.certificate_scan_id], "certificate") : []
  const metadata =
    body.ocop !== undefined || body.story !== undefined || scan
      ? composeProducerMetadata(previousMeta, body.ocop, { story: body.story, scanUrl: scan?.url })
      : undefined
  return {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.subtitle !== undefined ? { subtitle: body.subtitle || null } : {}),
    ...(body.description !== undefined ? { description: sanitizeRichText(body.description) || null } : {}),
    ...(images ? { images: images.map((f) => ({ url: f.url })), thumbnail: images[0]?.thumbnail_url ?? images[0]?.url ?? null } : {}),
    ...(metadata ? { metadata } : {}),
  }
}

/** A new product waits as "proposed" (not on sale) until staff verify its certificate. */
export async function newProductInput(container: MedusaContainer, producerId: string, body: CreateProducerProduct) {
  const fields = await commonFields(container, producerId, body, null)
  const meta = fields.metadata!
  const defaults = await catalogueDefaults(container, meta.ocop_group, meta.ocop_subgroup)
  return {
    stock: stockOf(body.variants),
    product: {
      ...fields,
      handle: `${slugify(body.title).slice(0, 60)}-${randomBytes(3).toString("hex")}`,
      status: ProductStatus.PROPOSED,
      options: [{ title: SIZE_OPTION, values: body.variants.map((v) => v.title) }],
      variants: body.variants.map(variantInput),
      ...(defaults.salesChannelId ? { sales_channels: [{ id: defaults.salesChannelId }] } : {}),
      ...(defaults.shippingProfileId ? { shipping_profile_id: defaults.shippingProfileId } : {}),
      ...(defaults.categoryId ? { category_ids: [defaults.categoryId] } : {}),
    },
  }
}

export async function productUpdateInput(
  container: MedusaContainer,
  producerId: string,
  previous: { id: string; metadata: Record<string, any> | null; variants: { id: string }[] },
  body: UpdateProducerProduct
) {
  for (const v of body.variants ?? []) {
    if (v.id && !previous.variants.some((p) => p.id === v.id)) throw notYours("Variant", v.id)
  }
  const fields = await commonFields(container, producerId, body, previous.metadata)
  return {
    stock: body.variants ? stockOf(body.variants) : {},
    product: {
      id: previous.id,
      ...fields,
      ...(body.variants
        ? {
            options: [{ title: SIZE_OPTION, values: body.variants.map((v) => v.title) }],
            variants: body.variants.map(variantInput),
          }
        : {}),
    },
  }
}
