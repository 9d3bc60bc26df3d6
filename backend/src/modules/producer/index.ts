import { Module } from "@medusajs/framework/utils"
import ProducerModuleService from "./service"

export const PRODUCER_MODULE = "producer"

/** The auth actor type of a producer's member (`authenticate("producer", …)`, `app_metadata.producer_id`). */
export const PRODUCER_ACTOR = "producer"

export default Module(PRODUCER_MODULE, { service: ProducerModuleService })
