import type { HttpTypes } from "@medusajs/types"
import type { OrderShipmentsView } from "@ocop/shared"
import type { AstroCookies } from "astro"
import { sdk } from "../../lib/medusa"
import { authHeaders } from "../../lib/session"
import { listSalesPoints } from "../places/loaders"
import { storeGet } from "../../lib/store-fetch"

const ORDER_FIELDS = [
  "id,display_id,email,status,created_at,total,subtotal,item_total,shipping_total,currency_code,payment_status,fulfillment_status",
  "*items,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments",
].join(",")

export type Order = HttpTypes.StoreOrder

export interface VietQr {
  amount: number
  reference: string
  paid: boolean
  payload: string
  account: { bank: string; bin: string; account: string; account_name: string }
}

export async function getOrder(id: string, cookies: AstroCookies): Promise<Order | null> {
  try {
    return (await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, authHeaders(cookies))).order as Order
  } catch (e) {
    if ([400, 404].includes((e as { status?: number }).status ?? 0)) return null
    throw e
  }
}

export function paymentProvider(order: Order): string | undefined {
  return order.payment_collections?.flatMap((c) => c.payments ?? [])[0]?.provider_id
}

export async function vietQrFor(order: Order): Promise<VietQr | null> {
  return paymentProvider(order) === "pp_vietqr_ocop" ? storeGet<VietQr>(`/store/orders/${order.id}/vietqr`) : null
}

export type OrderShipment = OrderShipmentsView["shipments"][number]

/** The parcels that left, with the carrier and tracking number each producer entered (same key as the order: its id). */
export async function shipmentsFor(order: Order): Promise<OrderShipment[]> {
  return (await storeGet<OrderShipmentsView>(`/store/orders/${order.id}/shipments`))?.shipments ?? []
}

export async function listMyOrders(cookies: AstroCookies): Promise<Order[]> {
  const { orders } = await sdk.store.order.list({ fields: "id,display_id,created_at,total,currency_code,status,payment_status,fulfillment_status,*items", order: "-created_at", limit: 50 } as never, authHeaders(cookies))
  return orders as Order[]
}

/** Everything the order page shows: the order, its VietQR if paid by transfer, its pickup point, its parcels. */
export async function loadOrderPage(id: string, cookies: AstroCookies) {
  const order = await getOrder(id, cookies)
  if (!order) return null
  const pointId = (order.shipping_methods?.[0]?.data as { sales_point_id?: string } | undefined)?.sales_point_id
  const [vietqr, points, shipments] = await Promise.all([
    vietQrFor(order),
    pointId ? listSalesPoints() : Promise.resolve([]),
    shipmentsFor(order),
  ])
  return { order, vietqr, pickupPoint: points.find((p) => p.id === pointId) ?? null, shipments }
}
