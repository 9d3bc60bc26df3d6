import { MedusaService } from "@medusajs/framework/utils"
import { OrderRepair } from "./models/order-repair"

export default class OrderRecoveryModuleService extends MedusaService({ OrderRepair }) {}
