import { itemRoutes } from "../../../_lib/admin/module-crud"
import { PRODUCER_CRUD } from "../../../_lib/admin/cruds"

// GET, POST (partial change, the whole record re-checked) and DELETE /admin/producers/:id
export const { GET, POST, DELETE } = itemRoutes(PRODUCER_CRUD)
