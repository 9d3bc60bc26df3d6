import { Module } from "@medusajs/framework/utils"
import OcopRegistryModuleService from "./service"

export const OCOP_REGISTRY_MODULE = "ocopRegistry"

export default Module(OCOP_REGISTRY_MODULE, { service: OcopRegistryModuleService })
