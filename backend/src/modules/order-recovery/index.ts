import { Module } from "@medusajs/framework/utils"
import OrderRecoveryModuleService from "./service"

export const ORDER_RECOVERY_MODULE = "orderRecovery"

export default Module(ORDER_RECOVERY_MODULE, { service: OrderRecoveryModuleService })
