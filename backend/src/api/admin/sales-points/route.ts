import { collectionRoutes } from "../../_lib/admin/module-crud"
import { SALES_POINT_CRUD } from "../../_lib/admin/cruds"

// GET /admin/sales-points (q, province, limit, offset) and POST /admin/sales-points
export const { GET, POST } = collectionRoutes(SALES_POINT_CRUD)
