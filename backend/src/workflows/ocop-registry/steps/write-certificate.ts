import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { CertificateEvent, CertifiedFacts } from "@ocop/shared"
import { numberKey, type CertificateRow } from "../../../lib/registry/facts"
import { planProducerSubmission, planStaffRecord } from "../../../lib/registry/plan"
import { certificatesFor, registryOf, snapshotOf, undo, type Undo } from "./registry"

export interface WriteCertificateInput {
  product_id: string
  producer_id: string | null
  facts: CertifiedFacts
  /** producer: a submission staff must check; staff: a certificate staff checked themselves */
  mode: "producer" | "staff"
  by: string
  resubmit?: boolean
  note?: string | null
}

/**
 * Writes a certificate of a product as the registry's rules allow (lib/registry/plan.ts):
 * refuses revoked or superseded numbers, keeps history as events, and leaves
 * exactly one current certificate. Returns the current certificate after.
 */
export type WriteCertificateResult = { certificate: CertificateRow; changed: boolean }

type Done = StepResponse<WriteCertificateResult | null, Undo | null>

export const writeCertificateStep = createStep(
  "write-ocop-certificate",
  async (input: WriteCertificateInput | null, { container }): Promise<Done> => {
    if (!input) return new StepResponse<WriteCertificateResult | null, Undo | null>(null, null)
    const registry = registryOf(container)
    const { current, sameNumber } = await certificatesFor(container, input.product_id, input.facts.number)
    const plan =
      input.mode === "producer"
        ? planProducerSubmission(current, sameNumber, input.facts, !!input.resubmit)
        : planStaffRecord(current, sameNumber, input.facts)
    if (plan.kind === "refused") throw new MedusaError(MedusaError.Types.INVALID_DATA, `${plan.problem.field} ${plan.problem.message}`)
    if (plan.kind === "unchanged") return new StepResponse<WriteCertificateResult | null, Undo | null>({ certificate: current as CertificateRow, changed: false }, null)

    const u: Undo = { restore: [], created_certificates: [], created_events: [] }
    type EventFields = Pick<CertificateEvent, "action" | "from_status" | "to_status" | "note"> & { changes?: CertificateEvent["changes"] }
    const event = async (certificate_id: string, e: EventFields) => {
      const [created] = await registry.createCertificateEvents([{ certificate_id, by: input.by, ...e }])
      u.created_events.push(created.id)
    }
    const now = new Date()
    const staff = input.mode === "staff"
    try {
      if (plan.retire) {
        const old = current!
        u.restore.push(snapshotOf(old))
        await registry.updateOcopCertificates({ id: old.id, is_current: false, ...(plan.retire.superseded ? { status: "superseded" } : {}) })
        if (plan.retire.superseded) await event(old.id, { action: "superseded", from_status: old.status, to_status: "superseded", note: `replaced by ${input.facts.number}` })
      }
      let id: string
      if (plan.kind === "create") {
        const [created] = await registry.createOcopCertificates([
          {
            product_id: input.product_id,
            producer_id: input.producer_id,
            ...plan.facts,
            number_key: numberKey(plan.facts.number),
            status: plan.status,
            is_current: true,
            supersedes_id: plan.supersedes_id,
            ...(staff ? { decided_at: now, decided_by: input.by, note: input.note ?? null } : {}),
          },
        ])
        u.created_certificates.push(created.id)
        id = created.id
        await event(id, { action: plan.action, from_status: null, to_status: plan.status, note: input.note ?? null })
      } else {
        u.restore.push(snapshotOf(sameNumber!))
        const rejectedNote = sameNumber!.status === "rejected" ? sameNumber!.note : null
        await registry.updateOcopCertificates({
          id: plan.id,
          ...plan.facts,
          number_key: numberKey(plan.facts.number),
          status: plan.to_status,
          is_current: true,
          ...(staff ? { decided_at: now, decided_by: input.by } : { decided_at: null, decided_by: null, note: null }),
          ...(plan.resubmitted ? { resubmitted_at: now, previous_note: rejectedNote } : {}),
        })
        id = plan.id
        await event(id, {
          action: plan.action,
          from_status: plan.from_status,
          to_status: plan.to_status,
          note: input.note ?? null,
          changes: Object.keys(plan.changes).length ? plan.changes : null,
        })
      }
      const certificate = (await registry.retrieveOcopCertificate(id)) as unknown as CertificateRow
      return new StepResponse<WriteCertificateResult | null, Undo | null>({ certificate, changed: true }, u)
    } catch (e) {
      await undo(container, u)
      // two saves racing for one product or number: one wins on the unique indexes
      if (String((e as Error)?.message).includes("duplicate key") || String((e)?.code) === "23505") {
        throw new MedusaError(MedusaError.Types.CONFLICT, "The certificate was changed at the same moment by another save; reload and try again")
      }
      throw e
    }
  },
  async (u, { container }) => undo(container, u)
)
