import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificateRow } from "../../../lib/registry/facts"
import { notifyProducer } from "../../../lib/producer/notify"

/** The decision's idempotency key: certificate, action and the stored time of the decision — never the clock. */
export function decisionNotificationKey(c: Pick<CertificateRow, "id" | "decided_at">, action: string): string {
  const decidedAt = c.decided_at ? new Date(c.decided_at).toISOString() : ""
  return `${c.id}:${action}:${decidedAt}`
}

/**
 * Tells the producer what staff decided. The idempotency key is the decision
 * itself (certificate, action, time of the decision), so a retried step never
 * sends the e-mail twice.
 */
export const notifyProducerOfDecisionStep = createStep(
  "notify-producer-of-certificate-decision",
  async (input: { certificate: CertificateRow; action: string; product_title: string }, { container }) => {
    const c = input.certificate
    if (!c.producer_id) return new StepResponse(0)
    const sent = await notifyProducer(container, c.producer_id, `ocop-certificate-${input.action}`, decisionNotificationKey(c, input.action), {
      product_id: c.product_id,
      product_title: input.product_title,
      certificate_number: c.number,
      note: c.note ?? null,
    })
    return new StepResponse(sent.length)
  }
)
