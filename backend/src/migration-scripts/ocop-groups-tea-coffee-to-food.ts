import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCT_INDEX } from "../lib/search/product-document"
import { rebuildIndexes } from "../lib/search/rebuild"
import { clearSearchCache } from "../lib/search/result-cache"

// Runs once, on `medusa db:migrate` (npm start), and changes nothing on a second run.
// Tea ("Chè") and coffee ("Cà phê, ca cao") are product sets of group 1 "Thực phẩm" in the Annex
// of Decision 148/QĐ-TTg; the group table had them under "Đồ uống" (packages/shared/src/groups.ts).
// The schema checks subgroup ∈ group, so everything stored with beverage/tea or beverage/coffee
// moves to food/tea and food/coffee:
//   - the registry's certificates (every one of a product, current or not), each with an "edited"
//     event saying why (history stays as it was written);
//   - product metadata (the registry's public projection of the current certificate);
//   - the product categories `beverage-tea` / `beverage-coffee` (the seed's, and the producer
//     portal's choice for new products: catalogue-defaults.ts) become `food-tea` / `food-coffee`
//     under `food`;
//   - the search index re-reads the moved products and cached search answers are dropped.
// A producer's unsaved portal draft (in its browser) is mended when restored (editor-form.ts).
// Medusa runs a directory's scripts in file-name order: this one before ocop-registry-import.ts,
// which skips metadata the schema refuses — a database from before the registry gets its first
// certificates from metadata already moved. Keep the name sorting before it.

const MOVED_SUBGROUPS = ["tea", "coffee"] as const
const FROM = "beverage"
const TO = "food"
const BY = "migration"
const NOTE = "Nhóm sản phẩm theo Phụ lục Quyết định 148/QĐ-TTg: chè, cà phê - ca cao thuộc nhóm 1 Thực phẩm (trước đây xếp nhầm vào Đồ uống)"

export default async function moveTeaAndCoffeeToFood({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  const moved = await db.transaction(async (trx) => {
    const certificates: { id: string; status: string; subgroup: string }[] = await trx("ocop_certificate")
      .select("id", "status", "subgroup")
      .where({ group: FROM })
      .whereIn("subgroup", [...MOVED_SUBGROUPS])
    if (certificates.length) {
      await trx("ocop_certificate")
        .whereIn("id", certificates.map((c) => c.id))
        .update({ group: TO, updated_at: trx.fn.now() })
      await trx("ocop_certificate_event").insert(
        certificates.map((c) => ({
          id: generateEntityId(undefined, "ocev"),
          certificate_id: c.id,
          action: "edited",
          from_status: c.status,
          to_status: c.status,
          by: BY,
          note: NOTE,
          changes: JSON.stringify({ group: { from: FROM, to: TO } }),
        }))
      )
    }
    // Raw SQL on Medusa's product table: the products move in the same transaction as
    // their certificates (the registry's tables), soft-deleted ones too (the product
    // module does not list those, and a restored product must not come back in the old
    // group), selected by a metadata key the module's filters cannot match.
    const products: { id: string; deleted_at: Date | null }[] = await trx("product")
      .select("id", "deleted_at")
      .whereRaw("metadata->>'ocop_group' = ?", [FROM])
      .whereRaw(`metadata->>'ocop_subgroup' in (${MOVED_SUBGROUPS.map(() => "?").join(", ")})`, [...MOVED_SUBGROUPS])
    if (products.length) {
      await trx("product")
        .whereIn("id", products.map((p) => p.id))
        .update({ metadata: trx.raw("jsonb_set(metadata, '{ocop_group}', to_jsonb(?::text))", [TO]), updated_at: trx.fn.now() })
    }
    return { certificates: certificates.length, products: products.filter((p) => !p.deleted_at).map((p) => p.id) }
  })

  const categories = await moveCategories(container, db)
  await reindex(container, moved.products)
  if (moved.certificates || moved.products.length || categories) {
    logger.info(
      `OCOP groups: tea and coffee moved to food (Decision 148/QĐ-TTg) — ${moved.certificates} certificate(s), ${moved.products.length} product(s), ${categories} categor${categories === 1 ? "y" : "ies"}`
    )
  }
}

type Category = { id: string; handle: string }

/** `beverage-tea` becomes `food-tea` under `food` (or, when the seed already made that, hands it its products). */
async function moveCategories(container: MedusaContainer, db: Knex): Promise<number> {
  const product = container.resolve(Modules.PRODUCT)
  const handles = [TO, ...MOVED_SUBGROUPS.flatMap((s) => [`${FROM}-${s}`, `${TO}-${s}`])]
  const found = new Map(((await product.listProductCategories({ handle: handles }, { select: ["id", "handle"] })) as Category[]).map((c) => [c.handle, c.id]))
  const parent = found.get(TO)
  let done = 0
  for (const subgroup of MOVED_SUBGROUPS) {
    const old = found.get(`${FROM}-${subgroup}`)
    if (!old) continue
    const target = found.get(`${TO}-${subgroup}`)
    if (target) {
      // Raw SQL: all the old category's products join the new one in one statement
      // (the product module would load and rewrite every product's category list).
      await db.raw(
        `insert into product_category_product (product_id, product_category_id)
         select product_id, ? from product_category_product where product_category_id = ? on conflict do nothing`,
        [target, old]
      )
      await db("product_category_product").where({ product_category_id: old }).delete()
      await product.softDeleteProductCategories([old])
    } else if (parent) {
      await product.updateProductCategories(old, { handle: `${TO}-${subgroup}`, parent_category_id: parent })
    } else {
      continue // no food category (a shop without the seed's categories): nothing to file it under
    }
    done++
  }
  return done
}

/**
 * The index re-reads the moved products in place (the rows changed under it, no event told it).
 * A build the migration boot started may have read them before they moved: it finishes first.
 * An index that is not built yet will be built from the moved rows. (Medusa's query cache is not
 * told either: its entries live OCOP_QUERY_CACHE_TTL_S seconds, medusa-config.ts.)
 */
async function reindex(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true }) as
    | { listIndexes(): Promise<{ name: string; status: string }[]> }
    | undefined
  if (!search) return
  for (let i = 0; i < 1200; i++) {
    const index = (await search.listIndexes()).find((x) => x.name === PRODUCT_INDEX)
    if (index?.status !== "building") break
    await new Promise((r) => setTimeout(r, 500))
  }
  await rebuildIndexes(container, [PRODUCT_INDEX], { ids })
  await clearSearchCache(container)
}
