import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OcopSearchService } from "./service"

// The embedded search provider (identifier "ocop-search"), the Search Module's default when MEILISEARCH_HOST is unset.
export default ModuleProvider(Modules.SEARCH, { services: [OcopSearchService] })
