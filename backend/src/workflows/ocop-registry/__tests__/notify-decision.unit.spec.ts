import type { MedusaContainer } from "@medusajs/framework/types"
import { decisionNotificationKey } from "../steps/notify-producer"
import { notifyProducer } from "../../../lib/producer/notify"

// A retried moderation step must send the producer's e-mail once: the notification module
// drops a second notification with the same idempotency key, so the key may depend only on
// the stored decision, never on the clock.
describe("moderation e-mail idempotency key", () => {
  afterEach(() => jest.useRealTimers())

  const cert = { id: "ocert_1", decided_at: "2026-11-19T17:30:00.000Z" }

  it("is the same on a retry, whenever the retry runs", () => {
    jest.useFakeTimers().setSystemTime(new Date("2026-11-19T17:30:01Z"))
    const first = decisionNotificationKey(cert, "verify")
    jest.setSystemTime(new Date("2026-11-20T09:00:00Z"))
    expect(decisionNotificationKey({ ...cert, decided_at: new Date(cert.decided_at) }, "verify")).toBe(first)
    expect(first).toBe("ocert_1:verify:2026-11-19T17:30:00.000Z")
  })

  it("differs for another decision", () => {
    expect(decisionNotificationKey(cert, "revoke")).not.toBe(decisionNotificationKey(cert, "verify"))
    expect(decisionNotificationKey({ ...cert, decided_at: "2026-12-01T00:00:00.000Z" }, "verify")).not.toBe(decisionNotificationKey(cert, "verify"))
  })

  it("reaches the notification module unchanged on both tries (one key per address)", async () => {
    type Notification = { idempotency_key: string }
    const sent: Notification[] = []
    const container = {
      resolve: (name: string) =>
        name === "notification"
          ? { createNotifications: async (rows: Notification[]) => (sent.push(...rows), rows) }
          : { retrieveProducer: async () => ({ email: "A@x.vn" }), listProducerMembers: async () => [{ email: "b@x.vn" }] },
    } as unknown as MedusaContainer
    const key = decisionNotificationKey(cert, "verify")
    const first = await notifyProducer(container, "prod_1", "ocop-certificate-verify", key, {})
    const retry = await notifyProducer(container, "prod_1", "ocop-certificate-verify", key, {})
        // the module's answer is what it was given (NotificationDTO does not list the key)
    const keys = (ns: object[]) => ns.map((n) => (n as Notification).idempotency_key)
    expect(keys(retry)).toEqual(keys(first))
    expect(new Set(sent.map((n) => n.idempotency_key))).toEqual(
      new Set(["ocop-certificate-verify:ocert_1:verify:2026-11-19T17:30:00.000Z:a@x.vn", "ocop-certificate-verify:ocert_1:verify:2026-11-19T17:30:00.000Z:b@x.vn"])
    )
  })
})
