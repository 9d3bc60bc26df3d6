import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hashInviteToken } from "../../lib/producer/invite-token"
import { PRODUCER_ACTOR, PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export interface AcceptInviteInput {
  token: string
  auth_identity_id: string
  email: string
  name?: string
}

const createMemberStep = createStep(
  "create-producer-member-from-invite",
  async (input: AcceptInviteInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [invite] = await service.listProducerInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid or was already used: ask OCOP staff for a new one")
    }
    if (new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired: ask OCOP staff to send a new one")
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invitation was sent to ${invite.email}: sign in with that e-mail address`)
    }
    const [existing] = await service.listProducerMembers({ email: invite.email.toLowerCase() })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${invite.email} is already a member of a producer`)
    const member = await service.createProducerMembers({
      email: invite.email.toLowerCase(),
      name: input.name ?? null,
      producer_id: invite.producer_id,
    })
    await service.updateProducerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { member_id: member.id, invite_id: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducerMembers([undo.member_id])
    await service.updateProducerInvites({ id: undo.invite_id, accepted_at: null })
  }
)

// The invitee's login (auth identity) becomes a producer member: the member
// is created and the identity's app_metadata.producer_id points at it.
export const acceptProducerInviteWorkflow = createWorkflow("accept-producer-invite", (input: AcceptInviteInput) => {
  const member = createMemberStep(input)
  setAuthAppMetadataStep(
    transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: PRODUCER_ACTOR,
      value: member.id,
    }))
  )
  return new WorkflowResponse(member)
})
