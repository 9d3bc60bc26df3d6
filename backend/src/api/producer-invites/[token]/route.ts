import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerInviteLookup } from "@ocop/shared"
import { hashInviteToken } from "../../../lib/producer/invite-token"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/**
 * GET /producer-invites/:token — what the invitation page shows before the
 * invitee signs up: the address invited, the producer's name, and whether the
 * link can still be used. No sign-in: the token is the secret (only its hash
 * is stored); an unknown token answers 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const token = req.params.token ?? ""
  const [invite] = token.length >= 10 && token.length <= 200
    ? await service.listProducerInvites({ token_hash: hashInviteToken(token) }, { select: ["id", "email", "expires_at", "accepted_at", "producer_id"] })
    : []
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid: ask OCOP staff for a new one")
  const producer = await service.retrieveProducer(invite.producer_id, { select: ["name"] })
  const status = invite.accepted_at ? "used" : new Date(invite.expires_at) < new Date() ? "expired" : "open"
  const body: ProducerInviteLookup = {
    invite: { email: invite.email, producer: { name: producer.name }, expires_at: new Date(invite.expires_at).toISOString(), status },
  }
  res.json(body)
}
