import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../workflows/producer-member/accept-invite"
import type { AcceptInvite } from "./validators"

/**
 * POST /producer-invites/accept — with the token of a freshly registered (or
 * signed-in) `producer` identity; afterwards refresh the token to act as the member.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a producer member")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Register with an e-mail and password to accept an invitation")
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, name: req.validatedBody.name, auth_identity_id: identity.id, email },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, name: result.name } })
}
