import { itemRoutes } from "../../../../lib/admin/module-crud"
import { SALES_POINT_CRUD } from "../../../../lib/admin/cruds"

// GET, POST (partial change, the whole record re-checked) and DELETE /admin/sales-points/:id
export const { GET, POST, DELETE } = itemRoutes(SALES_POINT_CRUD)
