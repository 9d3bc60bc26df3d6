import { itemRoutes } from "../../../_lib/admin/module-crud"
import { FAIR_CRUD } from "../../../_lib/admin/cruds"

// GET, POST (partial change, the whole record re-checked) and DELETE /admin/fairs/:id
export const { GET, POST, DELETE } = itemRoutes(FAIR_CRUD)
