import { allowFields, defineMiddlewares } from "@medusajs/framework/http"
import { PUBLIC_PRODUCER_FIELDS } from "../lib/store/public-fields"
import { validateOcopProducts } from "./middlewares/validate-ocop-products"
import { validatePickup } from "./middlewares/validate-pickup"
import { validateQuery } from "./middlewares/validate-query"
import { serializeCheckout } from "./middlewares/serialize-checkout"
import { validateVietnameseAddress } from "./middlewares/validate-vn-address"
import { StoreFairsSchema } from "./store/fairs/validators"
import { StoreProducersSchema } from "./store/producers/validators"
import { StoreProductSearchSchema } from "./store/product-search/validators"
import { StoreSalesPointsSchema } from "./store/sales-points/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/products", method: ["POST"], middlewares: [validateOcopProducts] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [validateOcopProducts] },
    // the product page shows its producer; only the public fields may be asked for
    { matcher: "/store/products*", method: ["GET"], middlewares: [allowFields(PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`))] },
    { matcher: "/store/product-search", method: ["GET"], middlewares: [validateQuery(StoreProductSearchSchema)] },
    { matcher: "/store/producers", method: ["GET"], middlewares: [validateQuery(StoreProducersSchema)] },
    { matcher: "/store/sales-points", method: ["GET"], middlewares: [validateQuery(StoreSalesPointsSchema)] },
    { matcher: "/store/fairs", method: ["GET"], middlewares: [validateQuery(StoreFairsSchema)] },
    { matcher: "/store/carts", method: ["POST"], middlewares: [validateVietnameseAddress("cart")] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [validateVietnameseAddress("cart")] },
    { matcher: "/store/customers/me/addresses", method: ["POST"], middlewares: [validateVietnameseAddress("address")] },
    { matcher: "/store/customers/me/addresses/:address_id", method: ["POST"], middlewares: [validateVietnameseAddress("address")] },
    { matcher: "/store/carts/:id/shipping-methods", method: ["POST"], middlewares: [validatePickup] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCheckout] },
  ],
})
