import { defineMiddlewares } from "@medusajs/framework/http"
import { validateOcopProducts } from "./middlewares/validate-ocop-products"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/products", method: ["POST"], middlewares: [validateOcopProducts] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [validateOcopProducts] },
  ],
})
