import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { IInventoryService } from "@medusajs/framework/types"

export interface ShipProducerItemsInput {
  order_id: string
  items: { id: string; quantity: number }[]
  member_id: string
  producer_id: string
  tracking_number?: string
  carrier?: string
}

// Items are fulfilled from the warehouse that holds their reservation (the
// delivery option may belong to another warehouse's zone).
const reservationLocationStep = createStep("producer-items-location", async (items: { id: string }[], { container }) => {
  const reservations = await container.resolve<IInventoryService>(Modules.INVENTORY).listReservationItems({ line_item_id: items.map((i) => i.id) })
  return new StepResponse(reservations[0]?.location_id as string | undefined)
})

/**
 * What the producer typed, kept on the fulfillment: the tracking number also
 * as a fulfillment label (Medusa's own place for it, shown in the admin), the
 * carrier and the producer in its metadata (labels have no carrier field).
 */
export function shipmentMetadata(input: Pick<ShipProducerItemsInput, "producer_id" | "carrier" | "tracking_number">) {
  return {
    ocop_producer_id: input.producer_id,
    ocop_carrier: input.carrier || null,
    ocop_tracking_number: input.tracking_number || null,
  }
}

export const shipProducerItemsWorkflow = createWorkflow("ship-producer-items", (input: ShipProducerItemsInput) => {
  const locationId = reservationLocationStep(input.items)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, locationId }, ({ input, locationId }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: locationId,
      created_by: input.member_id,
      no_notification: false,
      metadata: shipmentMetadata(input),
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      created_by: input.member_id,
      labels: input.tracking_number
        ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }]
        : undefined,
    })),
  })
  return new WorkflowResponse(fulfillment)
})
