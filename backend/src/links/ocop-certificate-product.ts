import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopRegistryModule from "../modules/ocop-registry"

// A certificate belongs to one product (its product_id column, owned by the
// registry): read-only, no link table — query.graph can go from a certificate
// to its product.
export default defineLink(
  { linkable: OcopRegistryModule.linkable.ocopCertificate, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
