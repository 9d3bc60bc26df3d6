import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OcopDeliveryService } from "./service"

// Registered with id "ocop": fulfillment provider "ocop-delivery_ocop".
export default ModuleProvider(Modules.FULFILLMENT, { services: [OcopDeliveryService] })
