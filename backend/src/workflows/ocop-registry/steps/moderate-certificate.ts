import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { CertificateRow } from "../../../lib/registry/facts"
import { registryOf, snapshotOf, undo, type Undo } from "./registry"

export type ModerationAction = "verify" | "reject" | "revoke"

export interface ModerateCertificateInput {
  product_id: string
  action: ModerationAction
  note?: string
  by: string
}

const TO_STATUS = { verify: "verified", reject: "rejected", revoke: "revoked" } as const

/**
 * Staff's decision on a product's current certificate: verify or reject what
 * waits; revoke a verified one (final for that number). Verifying a renewal
 * supersedes the certificate it replaces.
 */
export const moderateCertificateStep = createStep(
  "moderate-ocop-certificate",
  async (input: ModerateCertificateInput, { container }) => {
    const registry = registryOf(container)
    const [cert] = (await registry.listOcopCertificates({ product_id: input.product_id, is_current: true })) as unknown as CertificateRow[]
    if (!cert) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} has no OCOP certificate in the registry`)
    if (input.action !== "revoke" && cert.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Certificate ${cert.number} is not awaiting verification (it is ${cert.status})`)
    }
    if (input.action === "revoke" && cert.status === "revoked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Certificate ${cert.number} is already revoked`)
    }
    if (input.action === "revoke" && cert.status !== "verified" && cert.status !== "expired") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Certificate ${cert.number} is ${cert.status}: only a verified certificate can be revoked (reject it instead)`)
    }
    const u: Undo = { restore: [snapshotOf(cert)], created_certificates: [], created_events: [] }
    const to = TO_STATUS[input.action]
    try {
      await registry.updateOcopCertificates({ id: cert.id, status: to, decided_at: new Date(), decided_by: input.by, note: input.note ?? null })
      const [ev] = await registry.createCertificateEvents([
        { certificate_id: cert.id, action: `${input.action === "verify" ? "verified" : input.action === "reject" ? "rejected" : "revoked"}`, from_status: cert.status, to_status: to, by: input.by, note: input.note ?? null },
      ])
      u.created_events.push(ev.id)
      if (input.action === "verify" && cert.supersedes_id) {
        const [old] = (await registry.listOcopCertificates({ id: cert.supersedes_id })) as unknown as CertificateRow[]
        if (old && old.status !== "revoked" && old.status !== "superseded") {
          u.restore.push(snapshotOf(old))
          await registry.updateOcopCertificates({ id: old.id, status: "superseded" })
          const [sev] = await registry.createCertificateEvents([
            { certificate_id: old.id, action: "superseded", from_status: old.status, to_status: "superseded", by: input.by, note: `replaced by ${cert.number}` },
          ])
          u.created_events.push(sev.id)
        }
      }
    } catch (e) {
      await undo(container, u)
      throw e
    }
    const certificate = (await registry.retrieveOcopCertificate(cert.id)) as unknown as CertificateRow
    return new StepResponse({ certificate, previous_status: cert.status }, u)
  },
  async (u, { container }) => undo(container, u)
)
