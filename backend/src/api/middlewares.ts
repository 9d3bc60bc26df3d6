import { defineMiddlewares } from "@medusajs/framework/http"
import { validateOcopProducts } from "./middlewares/validate-ocop-products"
import { validateQuery } from "./middlewares/validate-query"
import { StoreProductSearchSchema } from "./store/product-search/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/products", method: ["POST"], middlewares: [validateOcopProducts] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [validateOcopProducts] },
    { matcher: "/store/product-search", method: ["GET"], middlewares: [validateQuery(StoreProductSearchSchema)] },
  ],
})
