import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** The signed-in member and the producer every /producer route is scoped to. */
export interface ProducerActor {
  id: string
  member_id: string
  email: string
}

export type ProducerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { producer: ProducerActor }

/**
 * Runs after `authenticate("producer", …)`: the token names a member; the
 * member's producer is read from the database on every request, so a member
 * removed by staff loses access at once even with a valid token.
 */
export async function resolveProducerMember(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const memberId = req.auth_context?.actor_id
    const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [member] = memberId
      ? await service.listProducerMembers({ id: memberId }, { select: ["id", "email", "producer_id"] })
      : []
    if (!member) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in with a producer account (ask OCOP staff for an invitation)")
    }
    ;(req as ProducerRequest).producer = { id: member.producer_id, member_id: member.id, email: member.email }
    next()
  } catch (e) {
    next(e)
  }
}
