import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { FAIR_MODULE } from "../../modules/fair"
import { PRODUCER_MODULE } from "../../modules/producer"
import { createModuleRecordsStep } from "../steps/create-module-records"
import type { FairInput } from "./validators"

type Exhibitor = { producer_id: string; booth?: string | null }
type Input = { fairs: (FairInput & { exhibitors?: Exhibitor[]; product_ids?: string[] })[] }

const createFairsStep = createModuleRecordsStep<FairInput, FairInput & { id: string }>("create-fairs", FAIR_MODULE, "Fairs")

// A fair and its catalogue: exhibitors with booths and shown products, both in the given order.
export const createFairsWorkflow = createWorkflow("create-fairs", (input: Input) => {
  const records = transform(input, ({ fairs }) => fairs.map(({ exhibitors, product_ids, ...f }) => f))
  const created = createFairsStep(records)
  const links = transform({ input, created }, ({ input, created }) =>
    created.flatMap((fair, i) => [
      ...(input.fairs[i].exhibitors ?? []).map((e, position) => ({
        [FAIR_MODULE]: { fair_id: fair.id },
        [PRODUCER_MODULE]: { producer_id: e.producer_id },
        data: { booth: e.booth ?? null, position },
      })),
      ...(input.fairs[i].product_ids ?? []).map((product_id, position) => ({
        [FAIR_MODULE]: { fair_id: fair.id },
        [Modules.PRODUCT]: { product_id },
        data: { position },
      })),
    ])
  )
  createRemoteLinkStep(links)
  return new WorkflowResponse(created)
})
