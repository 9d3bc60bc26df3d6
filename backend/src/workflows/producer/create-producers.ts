import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import { createModuleRecordsStep } from "../steps/create-module-records"
import type { ProducerInput } from "./validators"

const createProducersStep = createModuleRecordsStep<ProducerInput, ProducerInput & { id: string }>(
  "create-producers",
  PRODUCER_MODULE,
  "Producers"
)

export const createProducersWorkflow = createWorkflow("create-producers", (input: { producers: ProducerInput[] }) => {
  return new WorkflowResponse(createProducersStep(input.producers))
})
