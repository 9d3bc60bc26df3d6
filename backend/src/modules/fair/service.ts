import { MedusaService } from "@medusajs/framework/utils"
import { Fair } from "./models/fair"

export default class FairModuleService extends MedusaService({ Fair }) {}
