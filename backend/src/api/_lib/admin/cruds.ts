import { MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../../modules/fair"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import { createFairsWorkflow } from "../../../workflows/fair/create-fairs"
import { FairSchema, type FairInput } from "../../../workflows/fair/validators"
import { createProducersWorkflow } from "../../../workflows/producer/create-producers"
import { ProducerSchema, type ProducerInput } from "../../../workflows/producer/validators"
import { createSalesPointsWorkflow } from "../../../workflows/sales-point/create-sales-points"
import { SalesPointSchema, type SalesPointInput } from "../../../workflows/sales-point/validators"
import { updateModuleRecordWorkflow } from "../../../workflows/steps/update-module-records"
import { producerProductIds } from "../../../lib/producer/ownership"
import type { ModuleCrud } from "./module-crud"

// What staff manage in the admin besides products: producers, sales points, fairs.
export const PRODUCER_CRUD: ModuleCrud = {
  moduleKey: PRODUCER_MODULE,
  entity: "Producer",
  key: "producer",
  schema: ProducerSchema,
  create: async (container, record) => (await createProducersWorkflow(container).run({ input: { producers: [record as ProducerInput] } })).result[0],
  update: updateModuleRecordWorkflow("producer", PRODUCER_MODULE, "Producer"),
  beforeDelete: async (container, id) => {
    const products = await producerProductIds(container, id)
    if (products.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This producer still has ${products.length} product(s): delete them or give them to another producer first`)
    }
  },
}

export const SALES_POINT_CRUD: ModuleCrud = {
  moduleKey: SALES_POINT_MODULE,
  entity: "SalesPoint",
  key: "sales_point",
  schema: SalesPointSchema,
  create: async (container, record) => (await createSalesPointsWorkflow(container).run({ input: { sales_points: [record as SalesPointInput] } })).result[0],
  update: updateModuleRecordWorkflow("sales-point", SALES_POINT_MODULE, "SalesPoint"),
}

export const FAIR_CRUD: ModuleCrud = {
  moduleKey: FAIR_MODULE,
  entity: "Fair",
  key: "fair",
  schema: FairSchema,
  create: async (container, record) => (await createFairsWorkflow(container).run({ input: { fairs: [record as FairInput] } })).result[0],
  update: updateModuleRecordWorkflow("fair", FAIR_MODULE, "Fair"),
}
