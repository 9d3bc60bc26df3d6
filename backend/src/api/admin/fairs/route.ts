import { collectionRoutes } from "../../_lib/admin/module-crud"
import { FAIR_CRUD } from "../../_lib/admin/cruds"

// GET /admin/fairs (q, province, limit, offset) and POST /admin/fairs
export const { GET, POST } = collectionRoutes(FAIR_CRUD)
