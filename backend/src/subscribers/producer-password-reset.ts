import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { PASSWORD_RESET_TEMPLATE, passwordResetUrl, RESET_VALID_MINUTES } from "../lib/producer/password-reset"
import { PRODUCER_ACTOR, PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"

interface PasswordReset {
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown>
}

// POST /auth/producer/emailpass/reset-password { identifier } — Medusa answers
// 201 whoever asks and emits auth.password_reset only for a login it knows.
// A producer member then gets the link to the portal's reset page; a login
// that is no member (a shopper's, a former member's) gets nothing.
export default async function producerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== PRODUCER_ACTOR || !email || !token) return
  const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [member] = await service.listProducerMembers({ email: email.toLowerCase() }, { select: ["id", "name", "producer_id"] })
  if (!member) return
  const producer = await service.retrieveProducer(member.producer_id, { select: ["name"] })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    data: {
      email,
      name: member.name ?? null,
      producer_name: producer.name,
      reset_url: passwordResetUrl(token, email),
      valid_minutes: RESET_VALID_MINUTES,
    },
    resource_type: "producer_member",
    resource_id: member.id,
    // one e-mail per token, however often the event is delivered
    idempotency_key: `${PASSWORD_RESET_TEMPLATE}:${createHash("sha256").update(token).digest("hex")}`,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
