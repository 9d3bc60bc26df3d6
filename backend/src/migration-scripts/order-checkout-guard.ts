import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ensureCheckoutGuard } from "../lib/checkout/guard"

// Runs once, on `medusa db:migrate`: the unique index that makes a second live
// order for one cart impossible (lib/checkout/guard.ts). Orders from before it
// carry no key and are not covered; nothing about them changes.
export default async function createCheckoutGuard({ container }: ExecArgs) {
  await ensureCheckoutGuard(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION))
}
