import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// The order confirmation e-mail (template "order-placed"), sent through
// Medusa's notification module; orders placed without an e-mail get none.
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code", "items.product_title", "items.variant_title", "items.quantity",
      "shipping_address.first_name", "shipping_address.phone", "shipping_methods.name", "payment_collections.payments.provider_id"],
    filters: { id: event.data.id },
  })
  const order = data[0]
  if (!order?.email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    // one confirmation per order, however often the event is delivered
    idempotency_key: `order-placed-${order.id}`,
    data: {
      display_id: order.display_id,
      total: order.total,
      currency_code: order.currency_code,
      name: order.shipping_address?.first_name,
      items: (order.items ?? []).map((i) => ({ title: i!.product_title, variant: i!.variant_title, quantity: i!.quantity })),
      shipping: order.shipping_methods?.[0]?.name,
      payment: order.payment_collections?.[0]?.payments?.[0]?.provider_id,
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
