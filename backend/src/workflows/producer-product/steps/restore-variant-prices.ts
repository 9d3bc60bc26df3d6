import type { IPricingModuleService, MoneyAmountDTO, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Saved = { id: string; prices: { amount: number; currency_code: string; min_quantity?: number | null; max_quantity?: number | null; rules?: Record<string, string> }[] }[]

// Medusa's variant update does not put prices back on rollback (its price-set
// step remembers the sets without their prices). Placed just before the
// update, this step remembers the variants' prices and, on rollback, restores them.
export const restoreVariantPricesStep = createStep(
  "restore-producer-variant-prices",
  async (variantIds: string[], { container }) => {
    if (!variantIds.length) return new StepResponse(undefined, [] as Saved)
    const query = container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "price_set.id"], filters: { id: variantIds } })
    const ids = data.flatMap((v) => (v.price_set?.id ? [v.price_set.id as string] : []))
    if (!ids.length) return new StepResponse(undefined, [] as Saved)
    const sets = await container.resolve<IPricingModuleService>(Modules.PRICING).listPriceSets({ id: ids }, { relations: ["prices", "prices.price_rules"] })
    // the module's price rows carry price_list_id, which MoneyAmountDTO does not declare
    type PriceRow = MoneyAmountDTO & { price_list_id?: string | null }
    const saved: Saved = sets.map((s) => ({
      id: s.id,
      prices: ((s.prices ?? []) as PriceRow[])
        .filter((p) => !p.price_list_id)
        .map((p) => ({
          amount: Number(p.amount),
          currency_code: p.currency_code as string,
          ...(p.min_quantity != null ? { min_quantity: Number(p.min_quantity) } : {}),
          ...(p.max_quantity != null ? { max_quantity: Number(p.max_quantity) } : {}),
          ...(p.price_rules?.length ? { rules: Object.fromEntries(p.price_rules.map((r) => [r.attribute, r.value])) } : {}),
        })),
    }))
    return new StepResponse(undefined, saved)
  },
  async (saved, { container }) => {
    if (!saved?.length) return
    await container.resolve<IPricingModuleService>(Modules.PRICING).upsertPriceSets(saved)
  }
)
