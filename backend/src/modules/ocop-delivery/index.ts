import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OcopDeliveryService } from "./service"

// Registered with id "ocop" (medusa-config.ts): fulfillment provider DELIVERY_PROVIDER_ID.
export default ModuleProvider(Modules.FULFILLMENT, { services: [OcopDeliveryService] })
