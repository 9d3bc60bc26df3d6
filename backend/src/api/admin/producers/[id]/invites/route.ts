import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVITE_VALID_DAYS, inviteUrl, newInviteToken } from "../../../../../lib/producer/invite-token"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import type { InviteMember } from "./validators"

/** GET /admin/producers/:id/invites — members and open invitations of a producer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  await service.retrieveProducer(req.params.id, { select: ["id"] })
  const [members, invites] = await Promise.all([
    service.listProducerMembers({ producer_id: req.params.id }, { select: ["id", "email", "name", "created_at"] }),
    service.listProducerInvites({ producer_id: req.params.id, accepted_at: null }, { select: ["id", "email", "expires_at", "created_at"] }),
  ])
  res.json({ members, invites })
}

/**
 * POST /admin/producers/:id/invites — e-mails a one-time sign-up link; the
 * link is also returned so staff can pass it on by phone or Zalo.
 */
export async function POST(req: AuthenticatedMedusaRequest<InviteMember>, res: MedusaResponse) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const producer = await service.retrieveProducer(req.params.id, { select: ["id", "name"] })
  const { email } = req.validatedBody
  const [member] = await service.listProducerMembers({ email })
  if (member) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} is already a member of a producer`)
  const { token, hash } = newInviteToken()
  const invite = await service.createProducerInvites({
    email,
    token_hash: hash,
    expires_at: new Date(Date.now() + INVITE_VALID_DAYS * 86_400_000),
    producer_id: producer.id,
  })
  const url = inviteUrl(token)
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "ocop-producer-invite",
    data: { producer_name: producer.name, invite_url: url, valid_days: INVITE_VALID_DAYS },
    resource_type: "producer",
    resource_id: producer.id,
    idempotency_key: `ocop-producer-invite:${invite.id}`,
  })
  res.status(201).json({ invite: { id: invite.id, email, expires_at: invite.expires_at }, invite_url: url })
}
