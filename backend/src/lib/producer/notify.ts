import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** Every address that speaks for a producer: its own e-mail and its members'. */
export async function producerEmails(container: MedusaContainer, producerId: string): Promise<string[]> {
  const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer, members] = await Promise.all([
    service.retrieveProducer(producerId, { select: ["email"] }),
    service.listProducerMembers({ producer_id: producerId }, { select: ["email"] }),
  ])
  return [...new Set([producer.email, ...members.map((m) => m.email)].filter(Boolean).map((e) => e!.toLowerCase()))]
}

/** One e-mail per address; the idempotency key keeps a retried step from sending twice. */
export async function notifyProducer(
  container: MedusaContainer,
  producerId: string,
  template: string,
  key: string,
  data: Record<string, unknown>
) {
  const to = await producerEmails(container, producerId)
  if (!to.length) return []
  return container.resolve(Modules.NOTIFICATION).createNotifications(
    to.map((email) => ({
      to: email,
      channel: "email",
      template,
      data,
      resource_type: "producer",
      resource_id: producerId,
      idempotency_key: `${template}:${key}:${email}`,
    }))
  )
}
