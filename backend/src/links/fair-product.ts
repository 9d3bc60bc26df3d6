import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

// Products shown at a fair, in catalogue order (the booth is the producer's).
export default defineLink(
  { linkable: FairModule.linkable.fair, isList: true },
  { linkable: ProductModule.linkable.product, isList: true },
  {
    database: {
      extraColumns: {
        position: { type: "integer", defaultValue: "0" },
      },
    },
  }
)
