import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { OcopMetadata } from "@ocop/shared"
import { recordFirstCertificates } from "../lib/registry/import"
import { importLegacyStamps } from "../lib/registry/legacy-stamps"
import { registryOf } from "../lib/registry/records"

// Runs once, on the first `medusa db:migrate` (npm start) after the OCOP
// registry arrived: databases from before it kept certificates and trace codes
// in product metadata only. Every product gets its certificate record (status
// as its metadata said: pending, rejected, revoked or verified), each printed
// trace code becomes a stamp, and the free-text code leaves the metadata.
// Where two products carried one code (the takeover the registry ends), the
// verified product that had it first keeps it; the others are logged.
export default async function importOcopRegistry({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // Raw SQL on Medusa's product table: selected by a metadata key (the product module's
  // filters cannot match one), and below the key leaves every product's metadata in one
  // statement (updateProducts would rewrite each product's whole metadata).
  const products: { id: string; metadata: Record<string, unknown>; created_at: Date }[] = await db("product")
    .select("id", "metadata", "created_at")
    .whereNull("deleted_at")
    .whereRaw("metadata->'ocop_certificate' is not null")
  if (!products.length) return
  // who makes what, through the link (links/product-producer.ts), not its generated table
  const { data: producers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "products.id"] })
  // product id → its producer's id (typed here: the graph's generated entry-point types exist only after `medusa develop` ran)
  const producerOf = new Map<string, string>(
    (producers as { id: string; products?: ({ id: string } | null)[] | null }[]).flatMap((p) =>
      (p.products ?? []).flatMap((x): [string, string][] => (x ? [[x.id, p.id]] : []))
    )
  )

  const known = new Set(
    ((await registryOf(container).listOcopCertificates({ product_id: products.map((p) => p.id) }, { select: ["product_id"] })) as { product_id: string }[]).map(
      (c) => c.product_id
    )
  )
  const { certificates } = await recordFirstCertificates(
    container,
    products.filter((p) => !known.has(p.id)).map((p) => ({ id: p.id, metadata: withoutTraceCode(p.metadata) })),
    { producer_id: null, by: "import", producer_of: producerOf }
  )

  const claimOrder = [...products]
    .filter((p) => typeof p.metadata.ocop_trace_code === "string")
    .sort((a, b) => rank(a) - rank(b) || +new Date(a.created_at) - +new Date(b.created_at))
  const stamps = await importLegacyStamps(
    container,
    claimOrder.map((p) => ({ product_id: p.id, code: p.metadata.ocop_trace_code as string }))
  )
  await db("product").whereRaw("metadata->'ocop_trace_code' is not null").update({ metadata: db.raw("metadata - 'ocop_trace_code'") })
  logger.info(`OCOP registry: ${certificates.length} certificates and ${stamps.imported} printed trace codes imported`)
  if (stamps.refused.length) logger.warn(`OCOP registry: trace codes claimed twice or malformed, kept by the first verified product: ${stamps.refused.join(", ")}`)
}

const rank = (p: { metadata: Partial<OcopMetadata> }) => (["pending", "rejected"].includes(p.metadata.ocop_verification?.status ?? "") ? 1 : 0)

function withoutTraceCode(meta: Record<string, unknown>) {
  const { ocop_trace_code: _t, ...rest } = meta
  return rest
}
