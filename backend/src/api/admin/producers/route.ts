import { collectionRoutes } from "../../_lib/admin/module-crud"
import { PRODUCER_CRUD } from "../../_lib/admin/cruds"

// GET /admin/producers (q, province, limit, offset) and POST /admin/producers
export const { GET, POST } = collectionRoutes(PRODUCER_CRUD)
