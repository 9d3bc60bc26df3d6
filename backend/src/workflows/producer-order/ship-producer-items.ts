import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { IInventoryService } from "@medusajs/framework/types"

export interface ShipProducerItemsInput {
  order_id: string
  items: { id: string; quantity: number }[]
  member_id: string
  tracking_number?: string
  carrier?: string
}

// Items are fulfilled from the warehouse that holds their reservation (the
// delivery option may belong to another warehouse's zone).
const reservationLocationStep = createStep("producer-items-location", async (items: { id: string }[], { container }) => {
  const reservations = await container.resolve<IInventoryService>(Modules.INVENTORY).listReservationItems({ line_item_id: items.map((i) => i.id) })
  return new StepResponse(reservations[0]?.location_id as string | undefined)
})

export const shipProducerItemsWorkflow = createWorkflow("ship-producer-items", (input: ShipProducerItemsInput) => {
  const locationId = reservationLocationStep(input.items)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, locationId }, ({ input, locationId }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: locationId,
      created_by: input.member_id,
      no_notification: false,
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      created_by: input.member_id,
      labels: input.tracking_number
        ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "", url: input.carrier ?? "" } as any]
        : undefined,
    })),
  })
  return new WorkflowResponse(fulfillment)
})
