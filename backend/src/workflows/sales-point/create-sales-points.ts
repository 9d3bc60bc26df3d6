import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import { createModuleRecordsStep } from "../steps/create-module-records"
import type { SalesPointInput } from "./validators"

type Input = { sales_points: (SalesPointInput & { product_ids?: string[] })[] }

const createSalesPointsStep = createModuleRecordsStep<SalesPointInput, SalesPointInput & { id: string }>(
  "create-sales-points",
  SALES_POINT_MODULE,
  "SalesPoints"
)

export const createSalesPointsWorkflow = createWorkflow("create-sales-points", (input: Input) => {
  const records = transform(input, ({ sales_points }) => sales_points.map(({ product_ids, ...sp }) => sp))
  const created = createSalesPointsStep(records)
  const links = transform({ input, created }, ({ input, created }) =>
    created.flatMap((sp, i) =>
      (input.sales_points[i].product_ids ?? []).map((product_id) => ({
        [SALES_POINT_MODULE]: { sales_point_id: sp.id },
        [Modules.PRODUCT]: { product_id },
      }))
    )
  )
  createRemoteLinkStep(links)
  return new WorkflowResponse(created)
})
