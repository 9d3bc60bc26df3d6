import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { WorkflowData } from "@medusajs/framework/workflows-sdk"

/** What the producer portal reads of a product (api/_lib/producer/product-view.ts turns a row into its view). */
export const PRODUCER_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "images.rank",
  "producer.id",
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

/** The last step of a save: the product read back as it now is, for the answer. */
export const readProducerProductStep = (id: WorkflowData<string>) =>
  useQueryGraphStep({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id } }).config({ name: "read-producer-product" })
