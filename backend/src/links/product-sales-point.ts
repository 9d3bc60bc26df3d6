import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SalesPointModule from "../modules/sales-point"

// Which physical sales points stock which products (many to many).
export default defineLink(
  { linkable: SalesPointModule.linkable.salesPoint, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
