import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { slugify, verificationStatus, type FieldProblem, type OcopMetadata } from "@ocop/shared"
import { sanitizeRichText } from "@ocop/shared/rich-text"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { InvalidFieldsError } from "../../../lib/invalid-fields"
import { composeProducerMetadata } from "../../../lib/producer/ocop-fields"
import { assertOwnProduct, notYours } from "../../../lib/producer/ownership"
import { planSizes, pricesOf, SIZE_OPTION, type CurrentSizes, type SizePlan } from "../../../lib/producer/size-plan"
import { factsFromMetadata } from "../../../lib/registry/facts"
import { planProducerSubmission } from "../../../lib/registry/plan"
import { certificatesFor } from "../../../lib/registry/records"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { CreateProducerProduct, UpdateProducerProduct } from "../validators"

// A producer's save turned into what Medusa's product workflows take: their
// own uploads only (another's file is a 404), the OCOP metadata composed over
// the previous one (lib/producer/ocop-fields.ts), the description sanitised,
// the registry's verdict on the certificate and the size changes planned.
// Every problem found is thrown at once as an InvalidFieldsError (a 400 naming
// each field), before anything is written: these steps only read, so they
// have nothing to compensate.

type Variant = CreateProducerProduct["variants"][number]
type File = { id: string; url: string; thumbnail_url: string | null; kind: string }

/**
 * The producer's own uploads, in the order given; anyone else's file is "not
 * found" (404); a file of the wrong kind is a problem of the field naming it.
 */
async function ownFiles(
  container: MedusaContainer,
  producerId: string,
  refs: { id: string; field: string }[],
  kind: "image" | "certificate",
  problems: FieldProblem[]
): Promise<File[]> {
  if (!refs.length) return []
  const files = (await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerFiles({ id: refs.map((r) => r.id), producer_id: producerId })) as File[]
  return refs.map(({ id, field }) => {
    const f = files.find((x) => x.id === id)
    if (!f) throw notYours("File", id)
    if (f.kind !== kind) {
      problems.push({
        field,
        code: "wrong_file_kind",
        params: { kind: f.kind, expected: kind },
        message: `is a ${f.kind === "image" ? "photo" : "certificate scan"}, not a ${kind === "image" ? "photo" : "certificate scan"}`,
      })
    }
    return f
  })
}

const stockOf = (variants: Variant[]) => Object.fromEntries(variants.map((v) => [v.title, v.stock]))

/** Plain product fields and metadata of a create or update; every problem found is thrown at once. */
async function commonFields(
  container: MedusaContainer,
  producerId: string,
  body: UpdateProducerProduct,
  previousMeta: Record<string, unknown> | null,
  problems: FieldProblem[]
) {
  const images = body.image_ids
    ? await ownFiles(container, producerId, body.image_ids.map((id, i) => ({ id, field: `image_ids.${i}` })), "image", problems)
    : undefined
  const [scan] = body.certificate_scan_id
    ? await ownFiles(container, producerId, [{ id: body.certificate_scan_id, field: "certificate_scan_id" }], "certificate", problems)
    : []
  let metadata: (OcopMetadata & Record<string, unknown>) | undefined
  if (body.ocop !== undefined || body.story !== undefined || scan || body.resubmit) {
    try {
      metadata = composeProducerMetadata(previousMeta, body.ocop, { story: body.story, scanUrl: scan?.url, resubmit: body.resubmit })
    } catch (e) {
      if (!(e instanceof InvalidFieldsError)) throw e
      problems.push(...e.problems)
    }
  }
  if (problems.length) throw new InvalidFieldsError(problems)
  const certified = metadata && (body.ocop !== undefined || scan || body.resubmit) ? factsFromMetadata(metadata) : null
  return {
    certified,
    fields: {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.subtitle !== undefined ? { subtitle: body.subtitle || null } : {}),
    ...(body.description !== undefined ? { description: sanitizeRichText(body.description) || null } : {}),
    ...(images ? { images: images.map((f) => ({ url: f.url })), thumbnail: images[0]?.thumbnail_url ?? images[0]?.url ?? null } : {}),
    ...(metadata ? { metadata } : {}),
    },
  }
}

/**
 * What the registry will say of the producer's certificate, checked before the
 * workflow so the 400 names the field (the workflow's step enforces it again).
 */
async function certificateProblems(container: MedusaContainer, productId: string, facts: ReturnType<typeof factsFromMetadata>, resubmit: boolean) {
  const { current, sameNumber } = await certificatesFor(container, productId, facts.number)
  const plan = planProducerSubmission(current, sameNumber, facts, resubmit)
  return plan.kind === "refused" ? [plan.problem] : []
}

/**
 * A new product as Medusa's create takes it, without the catalogue defaults
 * (catalogue-defaults.ts adds them): it waits as "proposed" (not on sale)
 * until staff verify its certificate.
 */
export async function newProductInput(container: MedusaContainer, producerId: string, body: CreateProducerProduct) {
  const { fields } = await commonFields(container, producerId, body, null, [])
  const meta = fields.metadata!
  return {
    stock: stockOf(body.variants),
    group: meta.ocop_group,
    subgroup: meta.ocop_subgroup,
    product: {
      ...fields,
      title: body.title,
      handle: `${slugify(body.title).slice(0, 60)}-${randomBytes(3).toString("hex")}`,
      status: ProductStatus.PROPOSED,
      options: [{ title: SIZE_OPTION, values: body.variants.map((v) => v.title) }],
      variants: body.variants.map((v) => ({
        title: v.title,
        ...(v.sku ? { sku: v.sku } : {}),
        manage_inventory: true,
        options: { [SIZE_OPTION]: v.title },
        prices: pricesOf(v.price),
      })),
    },
  }
}

export type NewProductInput = Awaited<ReturnType<typeof newProductInput>>

export const composeNewProductStep = createStep(
  "compose-new-producer-product",
  async (input: { producer_id: string; body: CreateProducerProduct }, { container }) =>
    new StepResponse(await newProductInput(container, input.producer_id, input.body))
)

/** The product's size option with all its values, and which value each variant has. */
export async function currentSizes(container: MedusaContainer, productId: string): Promise<CurrentSizes> {
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const [product] = await products.listProducts({ id: productId }, { relations: ["options", "variants", "variants.options"] })
  const sizeOption = (product?.options ?? []).find((o) => o.title === SIZE_OPTION)
  if (!product || !sizeOption || product.options.length !== 1) {
    throw new InvalidFieldsError([
      { field: "variants", code: "invalid", message: `cannot be changed here: this product's sizes are not a single "${SIZE_OPTION}" option (ask staff)` },
    ])
  }
  const [option] = await products.listProductOptions({ id: sizeOption.id }, { relations: ["values"] })
  return {
    product_id: product.id,
    option: {
      id: option.id,
      is_exclusive: (option as { is_exclusive?: boolean }).is_exclusive !== false,
      values: (option.values ?? []).map((v) => ({ id: v.id, value: v.value })),
    },
    variants: (product.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title,
      value: (v.options ?? []).find((o) => (o as { option_id?: string }).option_id === option.id)?.value ?? null,
    })),
  }
}

/**
 * An edit as the update workflow takes it: the plain fields, the size changes
 * and the stock by size title. Checked here, before the workflow, so a 400
 * names every field: another's variant is a 404 like a missing one.
 */
export async function productUpdateInput(
  container: MedusaContainer,
  producerId: string,
  previous: { id: string; metadata: Record<string, unknown> | null; variants: { id: string }[] },
  body: UpdateProducerProduct,
  by: string
): Promise<{
  product: { id: string } & Record<string, unknown>
  sizes: SizePlan | null
  stock: Record<string, number>
  certificate: { product_id: string; producer_id: string; facts: ReturnType<typeof factsFromMetadata>; by: string; resubmit: boolean } | null
}> {
  for (const v of body.variants ?? []) {
    if (v.id && !previous.variants.some((p) => p.id === v.id)) throw notYours("Variant", v.id)
  }
  const problems: FieldProblem[] = []
  if (body.resubmit && verificationStatus(previous.metadata) !== "rejected") {
    problems.push({
      field: "resubmit",
      code: "invalid",
      message: `only a rejected product can be sent back to staff (this one is ${verificationStatus(previous.metadata)})`,
    })
  }
  const { fields, certified } = await commonFields(container, producerId, body, previous.metadata, problems)
  if (certified) {
    const refused = await certificateProblems(container, previous.id, certified, !!body.resubmit)
    if (refused.length) throw new InvalidFieldsError(refused)
  }
  const sizes = body.variants ? planSizes(await currentSizes(container, previous.id), body.variants) : null
  return {
    product: { id: previous.id, ...fields },
    certificate: certified ? { product_id: previous.id, producer_id: producerId, facts: certified, by, resubmit: !!body.resubmit } : null,
    sizes,
    stock: body.variants ? stockOf(body.variants) : {},
  }
}

export type ProductEditInput = Awaited<ReturnType<typeof productUpdateInput>>

/** The producer's own product (another's is a 404), read as the edit starts from it. */
async function previousProduct(container: MedusaContainer, producerId: string, productId: string) {
  await assertOwnProduct(container, producerId, productId)
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const [product] = await products.listProducts({ id: productId }, { select: ["id", "metadata"], relations: ["variants"] })
  return { id: product.id, metadata: (product.metadata ?? {}) as Record<string, unknown>, variants: (product.variants ?? []).map((v) => ({ id: v.id })) }
}

export const composeProductEditStep = createStep(
  "compose-producer-product-edit",
  async (input: { producer_id: string; product_id: string; body: UpdateProducerProduct; by: string }, { container }) => {
    const previous = await previousProduct(container, input.producer_id, input.product_id)
    return new StepResponse(await productUpdateInput(container, input.producer_id, previous, input.body, input.by))
  }
)
