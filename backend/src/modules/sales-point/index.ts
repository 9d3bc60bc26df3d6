import { Module } from "@medusajs/framework/utils"
import SalesPointModuleService from "./service"

export const SALES_POINT_MODULE = "salesPoint"

export default Module(SALES_POINT_MODULE, { service: SalesPointModuleService })
