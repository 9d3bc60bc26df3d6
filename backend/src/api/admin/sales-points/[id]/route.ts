import { itemRoutes } from "../../../_lib/admin/module-crud"
import { SALES_POINT_CRUD } from "../../../_lib/admin/cruds"

// GET, POST (partial change, the whole record re-checked) and DELETE /admin/sales-points/:id
export const { GET, POST, DELETE } = itemRoutes(SALES_POINT_CRUD)
