import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import { addDays, addMonths, certificateStatus, issuerName, type OcopMetadata } from "@ocop/shared"
import { factsFromMetadata, vietnamDay } from "../../lib/registry/facts"
import { issueStampBatchWorkflow } from "../../workflows/ocop-registry/issue-stamp-batch"
import { moderateCertificateWorkflow } from "../../workflows/ocop-registry/moderate-certificate"
import { requestStampBatchWorkflow } from "../../workflows/ocop-registry/request-stamp-batch"
import { submitCertificateWorkflow } from "../../workflows/ocop-registry/record-certificate"
import { PRODUCER_ACTOR, PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { shipProducerItemsWorkflow } from "../../workflows/producer-order/ship-producer-items"

// Work in progress for the demo, so every kind of user can try their job at
// once: a producer member who can sign in, a rejected and a pending
// certificate (staff's queue, the producer's fix-and-resubmit loop), a stamp
// batch issued and a request for more, and that producer's orders in several states. Created once: nothing is added when
// the member exists already (a second `npm start`, or a shop that is no demo).
export const DEMO_MEMBER = { email: "nguoi-ban@ocop.local", password: "ocop-nguoi-ban-2026", name: "Giàng Thị Mỷ" }
export const DEMO_PRODUCER = "HTX Mật ong bạc hà Mèo Vạc"

const BUYERS = [
  { first_name: "Nguyễn Thị Lan", phone: "0912345678", province: "ha-noi", city: "Phường Cầu Giấy", address_1: "18 Trần Thái Tông" },
  { first_name: "Trần Văn Hùng", phone: "0903123456", province: "ho-chi-minh", city: "Phường Sài Gòn", address_1: "92 Lê Thánh Tôn" },
  { first_name: "Phạm Thu Hà", phone: "0987654321", province: "da-nang", city: "Phường Hải Châu", address_1: "5 Bạch Đằng" },
  { first_name: "Lê Minh Tuấn", phone: "0978111222", province: "hai-phong", city: "Phường Hồng Bàng", address_1: "3 Hoàng Văn Thụ" },
]

type Order = { id: string; items: { id: string; quantity: number }[] }

async function placeOrder(container: MedusaContainer, o: { regionId: string; salesChannelId: string; variantId: string; quantity: number; buyer: (typeof BUYERS)[number]; provider: string }): Promise<Order> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: o.regionId,
      sales_channel_id: o.salesChannelId,
      email: `${o.buyer.phone}@khach.ocop.local`,
      items: [{ variant_id: o.variantId, quantity: o.quantity }],
      shipping_address: { ...o.buyer, country_code: "vn" },
    },
  })
  const { result: options } = await listShippingOptionsForCartWithPricingWorkflow(container).run({ input: { cart_id: cart.id } })
  const standard = (options as { id: string; name: string }[]).find((s) => s.name === "Giao hàng tiêu chuẩn") ?? options[0]
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: standard.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (collection as { id: string }).id, provider_id: o.provider } })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.detail.quantity"], filters: { id: result.id } })
  const items = (data[0].items ?? []).flatMap((i) => (i ? [{ id: i.id, quantity: Number(i.detail?.quantity ?? 0) }] : []))
  return { id: data[0].id, items }
}

async function createMember(container: MedusaContainer, producerId: string) {
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: DEMO_MEMBER.email, password: DEMO_MEMBER.password } } as never)
  if (!success || !authIdentity) throw new Error(`demo producer login: ${error}`)
  const member = await producers.createProducerMembers({ email: DEMO_MEMBER.email, name: DEMO_MEMBER.name, producer_id: producerId } as never)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${PRODUCER_ACTOR}_id`]: member.id } })
  return member
}

export async function ensureDemoWork(container: MedusaContainer, o: { salesChannelId: string; regionId: string }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  if ((await producers.listProducerMembers({ email: DEMO_MEMBER.email })).length) return false
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "products.id", "products.title", "products.metadata", "products.variants.id"],
    filters: { name: DEMO_PRODUCER },
  })
  const producer = data[0]
  if (!producer) return false
  const products = (producer.products ?? []).flatMap((p) => (p ? [p] : []))
  const byTitle = (title: string) => products.find((p) => p.title === title)!
  const ocopOf = (p: { metadata?: Record<string, unknown> | null }) => (p.metadata ?? {}) as Partial<OcopMetadata>

  // staff's queue: a renewal awaiting review, and an upgrade rejected with a reason the producer must fix;
  // stamps: a batch issued for the honey, and the producer's request for more awaiting staff
  const renewal = (title: string, number: string, stars?: number) => {
    const p = byTitle(title)
    const facts = factsFromMetadata(ocopOf(p))
    const issued = vietnamDay()
    return submitCertificateWorkflow(container).run({
      input: {
        product_id: p.id,
        by: DEMO_MEMBER.email,
        // issued today: no former province any more, and the issuer of the level (5★ central)
        facts: {
          ...facts,
          number,
          issued_at: issued,
          expires_at: addMonths(issued, 36),
          legacy_province: null,
          issuer: issuerName({ province: facts.province, issued_at: issued, central: (stars ?? facts.stars) === 5 }),
          ...(stars ? { stars: stars as 3 | 4 | 5, score: null } : {}),
        },
      },
    })
  }
  await renewal("Mật ong ngâm gừng Mèo Vạc", "2150/QĐ-UBND")
  const upgradeOf = byTitle("Phấn hoa bạc hà")
  await renewal("Phấn hoa bạc hà", "2151/QĐ-UBND", Math.min(5, Number(ocopOf(upgradeOf).ocop_stars) + 1))
  await moderateCertificateWorkflow(container).run({
    input: {
      product_id: upgradeOf.id,
      action: "reject",
      staff: "demo",
      note: "Bản chụp giấy chứng nhận bị mờ, không đọc được số quyết định. Vui lòng tải lại bản rõ hơn.",
    },
  })
  // stamps vouch only for a certificate in date: the first such product of the producer
  const honey = products.find(
    (p) => !["Mật ong ngâm gừng Mèo Vạc", "Phấn hoa bạc hà"].includes(p.title) && ["valid", "expiring"].includes(certificateStatus(ocopOf(p).ocop_certificate))
  )!
  await issueStampBatchWorkflow(container).run({
    input: { product_id: honey.id, quantity: 44, lot: "MV-2026-11", produced_on: addDays(vietnamDay(), -20), best_before: addMonths(vietnamDay(), 24), staff: "demo" },
  })
  await requestStampBatchWorkflow(container).run({
    input: { product_id: honey.id, producer_id: producer.id, quantity: 200, lot: "MV-2026-12", member: DEMO_MEMBER.email, note: "Cho vụ mật tháng 12" },
  })

  // orders: two to ship (cash on delivery; a bank transfer already received), one shipped with tracking, one canceled
  const variant = (title: string) => byTitle(title).variants![0]!.id
  const order = (title: string, quantity: number, buyer: number, provider: string) =>
    placeOrder(container, { ...o, variantId: variant(title), quantity, buyer: BUYERS[buyer], provider })
  await order("Mật ong bạc hà Mèo Vạc", 2, 0, "pp_cod_ocop")
  const paid = await order("Mật ong bạc hà chai nhỏ", 3, 1, "pp_vietqr_ocop")
  const shipped = await order("Sáp ong Mèo Vạc", 1, 2, "pp_cod_ocop")
  const canceled = await order("Mật ong bạc hà chai nhỏ", 1, 3, "pp_cod_ocop")
  const { data: payments } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: paid.id } })
  const paymentId = payments[0]?.payment_collections?.[0]?.payments?.[0]?.id
  if (paymentId) await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
  await shipProducerItemsWorkflow(container).run({
    input: { order_id: shipped.id, items: shipped.items, member_id: "demo", producer_id: producer.id, carrier: "Viettel Post", tracking_number: "VTP1234567890" },
  })
  await cancelOrderWorkflow(container).run({ input: { order_id: canceled.id } })
  // last: the member marks the work as done (a failure above is redone on the next start)
  await createMember(container, producer.id)
  logger.info(`Demo work ready: producer member ${DEMO_MEMBER.email} (${DEMO_PRODUCER}), 2 certificates for staff, a stamp request, 4 orders`)
  return true
}
