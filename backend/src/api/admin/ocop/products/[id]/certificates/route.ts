import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeErrors, parseOcopMetadata } from "@ocop/shared"
import { factsFromMetadata } from "../../../../../../lib/registry/facts"
import { certificateHistory } from "../../../../../../lib/registry/history"
import { recordCertificateWorkflow } from "../../../../../../workflows/ocop-registry/record-certificate"
import type { RecordCertificate } from "./validators"

/** GET /admin/ocop/products/:id/certificates — every certificate the product had, newest first, each with its history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificates: await certificateHistory(req.scope, req.params.id, { events: true }) })
}

/**
 * POST /admin/ocop/products/:id/certificates — staff record a certificate
 * they checked: a renewal or upgrade (new number: supersedes the current one)
 * or a correction (same number). Verified at once; revoked numbers refused.
 */
export async function POST(req: AuthenticatedMedusaRequest<RecordCertificate>, res: MedusaResponse) {
  const b = req.validatedBody
  const metadata = {
    ocop_stars: b.stars,
    ocop_province: b.province,
    ocop_group: b.group,
    ocop_subgroup: b.subgroup,
    ...(b.legacy_province ? { ocop_legacy_province: b.legacy_province } : {}),
    ...(b.score !== undefined ? { ocop_score: b.score } : {}),
    ocop_certificate: {
      number: b.number,
      issuer: b.issuer,
      issued_at: b.issued_at,
      expires_at: b.expires_at,
      ...(b.scan_url ? { scan_url: b.scan_url } : {}),
    },
  }
  const parsed = parseOcopMetadata(metadata)
  if (!parsed.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, describeErrors(parsed.errors))
  const { result } = await recordCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id, facts: factsFromMetadata(parsed.data), by: req.auth_context.actor_id, note: b.note ?? null },
  })
  res.status(result.changed ? 201 : 200).json({ certificate: result.certificate, changed: result.changed })
}
