// Card payments through @medusajs/payment-stripe, switched on by STRIPE_API_KEY.
// This machine cannot reach Stripe, so its REST API is answered locally (nock)
// with the shapes Stripe returns; the webhooks are real: signed with the
// webhook secret by Stripe's own library and verified by the provider.
process.env.STRIPE_API_KEY = "sk_test_ocop_local"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_ocop_local_secret"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readyCart, seededShop } from "../helpers"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import nock from "nock"
import Stripe from "stripe"

jest.setTimeout(15 * 60 * 1000)

const ADDRESS = { first_name: "Đỗ Minh Khoa", phone: "0912345678", province: "ho-chi-minh", city: "Phường Bến Thành", address_1: "1 Lê Lợi", country_code: "vn" }
const stripe = new Stripe(process.env.STRIPE_API_KEY!)

// The payment intents "Stripe" holds, by id.
/** a payment intent as the fake Stripe API holds it (the fields the backend and these tests read) */
type Intent = { id: string; amount: number; status: string; client_secret?: string } & Record<string, unknown>
const intents = new Map<string, Intent>()

function fakeStripeApi() {
  const api = nock("https://api.stripe.com").persist()
  api.post("/v1/payment_intents").reply(200, (_uri, body) => {
    const form = new URLSearchParams(body as string)
    const intent = {
      id: `pi_test_${intents.size + 1}`,
      object: "payment_intent",
      amount: Number(form.get("amount")),
      amount_capturable: 0,
      amount_received: 0,
      currency: form.get("currency"),
      status: "requires_payment_method",
      client_secret: `pi_test_${intents.size + 1}_secret_x`,
      metadata: { session_id: form.get("metadata[session_id]") },
    }
    intents.set(intent.id, intent)
    return intent
  })
  api.get(/\/v1\/payment_intents\/pi_test_\d+/).reply(200, (uri) => intents.get(uri.split("/").pop()!.split("?")[0]))
  api.post(/\/v1\/payment_intents\/pi_test_\d+\/capture/).reply(200, (uri) => {
    const intent = intents.get(uri.split("/")[3])!
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    return intent
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      fakeStripeApi()
      ;({ store, regionId } = await seededShop(getContainer()))
    })

    afterAll(() => nock.cleanAll())

    async function cardCheckout() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: "mien-dong-tai-hoan" } })
      const { cartId, paymentCollection } = await readyCart(api, store, {
        regionId, variantId: data[0].variants[0]!.id, address: ADDRESS, provider: "pp_stripe_stripe", email: "khoa@ocop.test",
      })
      const session = paymentCollection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === "pp_stripe_stripe")
      return { cartId, session, intent: intents.get(session.data.id)! }
    }

    /** What Stripe sends when the customer's card has been charged, signed as Stripe signs it. */
    function succeeded(intent: Intent, secret = process.env.STRIPE_WEBHOOK_SECRET!) {
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      const payload = JSON.stringify({ id: `evt_${intent.id}`, object: "event", type: "payment_intent.succeeded", data: { object: intent } })
      return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret }) }
    }

    const deliver = (e: { payload: string; signature: string }) =>
      api.post("/hooks/payment/stripe_stripe", e.payload, { headers: { "stripe-signature": e.signature, "content-type": "application/json" } })

    async function ordersOf(cartId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId },
      })
      return data
    }

    async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30000) {
      const until = Date.now() + ms
      let v = await read()
      while (!ok(v) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 500))
        v = await read()
      }
      return v
    }

    it("places the order from Stripe's signed 'succeeded' event, once, however often Stripe repeats it", async () => {
      const { cartId, session, intent } = await cardCheckout()
      expect(session.amount).toBe(intent.amount) // đồng have no minor unit: Stripe gets the same number
      const event = succeeded(intent)
      expect((await deliver(event)).status).toBe(200)
      const orders = await eventually(() => ordersOf(cartId), (o) => o.length > 0)
      expect(orders).toHaveLength(1)

      // Stripe retries deliveries: the same event twice more changes nothing
      await deliver(event)
      await deliver(event)
      await new Promise((r) => setTimeout(r, 12000)) // past the provider's 5 s webhook delay
      expect(await ordersOf(cartId)).toHaveLength(1)
      const { data: payments } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "payment", fields: ["id", "amount", "captures.id"], filters: { payment_session_id: session.id },
      })
      expect(payments).toHaveLength(1)
      expect(payments[0].captures!.length).toBeLessThanOrEqual(1)
    })

    it("ignores an event whose signature was not made with the shop's webhook secret", async () => {
      const { cartId, intent } = await cardCheckout()
      const forged = succeeded(intent, "whsec_someone_else")
      await deliver(forged)
      await deliver({ ...succeeded(intent), payload: succeeded(intent).payload.replace('"amount_received":', '"amount_received":1,"x":') })
      await new Promise((r) => setTimeout(r, 12000))
      expect(await ordersOf(cartId)).toHaveLength(0)
      const { data: carts } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      expect(carts[0].completed_at).toBeNull()
    })
  },
})
