import { PRODUCER_ORDER_FILTERS } from "@ocop/shared"
import { z } from "zod"
import { PageSchema } from "../validators"

/** GET /producer/orders?status=all|to_ship&limit&offset */
export const ProducerOrdersQuerySchema = PageSchema.extend({
  status: z.enum(PRODUCER_ORDER_FILTERS, { error: `must be one of ${PRODUCER_ORDER_FILTERS.join(", ")}` }).default("all"),
}).strict()

export type ProducerOrdersQuery = z.infer<typeof ProducerOrdersQuerySchema>
