import { model } from "@medusajs/framework/utils"

/**
 * One repair of a checkout a fault interrupted (the process or the database
 * died between the order row and the rest): what was found missing and what
 * was done — the order completed, or cancelled with its stock released. Staff
 * read these in the admin ("Khôi phục đơn hàng").
 */
export const OrderRepair = model.define("order_repair", {
  id: model.id({ prefix: "orep" }).primaryKey(),
  cart_id: model.text().index(),
  order_id: model.text().index(),
  // completed: the order now has everything a placed order has; cancelled: it could not be, stock released
  outcome: model.enum(["completed", "cancelled"]),
  // what was missing and was put right, e.g. ["cart_link", "reservations", "payment_authorized"]
  repaired: model.json(),
  // who noticed: the shopper's retry, the start-up pass or the scheduled pass
  found_by: model.enum(["retry", "startup", "schedule"]),
  reason: model.text().nullable(),
})
