import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopRegistryModule from "../modules/ocop-registry"

// A stamp batch is printed for one product (read-only, from its product_id).
export default defineLink(
  { linkable: OcopRegistryModule.linkable.ocopStampBatch, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
