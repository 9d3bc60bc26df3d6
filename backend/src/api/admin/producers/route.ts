import { collectionRoutes } from "../../../lib/admin/module-crud"
import { PRODUCER_CRUD } from "../../../lib/admin/cruds"

// GET /admin/producers (q, province, limit, offset) and POST /admin/producers
export const { GET, POST } = collectionRoutes(PRODUCER_CRUD)
