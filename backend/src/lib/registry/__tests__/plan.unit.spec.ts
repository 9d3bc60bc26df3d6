import type { CertifiedFacts, OcopMetadata } from "@ocop/shared"
import { liveStatus, projectionOf, withProjection, type CertificateRow } from "../facts"
import { planProducerSubmission, planStaffRecord } from "../plan"

const facts = (over: Partial<CertifiedFacts> = {}): CertifiedFacts => ({
  number: "12/QĐ-UBND", issuer: "UBND tỉnh Hưng Yên", issued_at: "2025-06-01", expires_at: "2028-06-01", stars: 4, score: null,
  group: "food", subgroup: "processed", province: "hung-yen", legacy_province: null, scan_url: null, ...over,
})
const row = (over: Partial<CertificateRow> = {}): CertificateRow => ({
  ...facts(), id: "ocert_1", product_id: "prod_1", producer_id: "pdc_1", number_key: "12/QĐ-UBND", status: "verified", is_current: true,
  supersedes_id: null, decided_at: "2026-01-10T03:00:00Z", decided_by: "staff", note: null, resubmitted_at: null, previous_note: null, ...over,
})

describe("a producer's certificate", () => {
  it("changes nothing when the same facts are saved again, whatever the status", () => {
    expect(planProducerSubmission(row(), row(), facts(), false).kind).toBe("unchanged")
    expect(planProducerSubmission(row({ status: "revoked" }), row({ status: "revoked" }), facts(), false).kind).toBe("unchanged")
  })

  it("sends a changed fact back to staff, and a new number is a new certificate renewing the verified one", () => {
    const edit = planProducerSubmission(row(), row(), facts({ stars: 5, score: 91 }), false)
    expect(edit).toMatchObject({ kind: "update", to_status: "pending", action: "edited", changes: { stars: { from: 4, to: 5 }, score: { from: null, to: 91 } } })
    const renewal = planProducerSubmission(row(), null, facts({ number: "99/QĐ-UBND" }), false)
    expect(renewal).toMatchObject({ kind: "create", status: "pending", supersedes_id: "ocert_1", retire: { id: "ocert_1", superseded: false } })
  })

  it("refuses a revoked number and a superseded one, however it is spelled back", () => {
    const revoked = row({ id: "ocert_old", status: "revoked", is_current: false, note: "hậu kiểm" })
    const current = row({ id: "ocert_new", number: "13/QĐ-UBND", number_key: "13/QĐ-UBND", status: "pending" })
    const r = planProducerSubmission(current, revoked, facts({ number: "12/qđ-ubnd" }), false)
    expect(r).toMatchObject({ kind: "refused", problem: { code: "certificate_revoked", field: "ocop.ocop_certificate.number" } })
    const s = planProducerSubmission(current, row({ id: "ocert_s", status: "superseded", is_current: false }), facts(), false)
    expect(s).toMatchObject({ kind: "refused", problem: { code: "certificate_superseded" } })
    expect(planStaffRecord(current, revoked, facts())).toMatchObject({ kind: "refused" })
  })

  it("resubmits a rejected certificate with staff's reason kept", () => {
    const rejected = row({ status: "rejected", note: "Ảnh mờ" })
    expect(planProducerSubmission(rejected, rejected, facts(), true)).toMatchObject({ kind: "update", action: "resubmitted", resubmitted: true })
  })
})

describe("the public projection", () => {
  it("shows a revoked certificate as revoked on the Vietnamese day of the decision, and keeps other metadata", () => {
    const p = projectionOf(row({ status: "revoked", decided_at: "2026-03-01T18:30:00Z", note: "hậu kiểm" })) as Partial<OcopMetadata>
    expect(p.ocop_certificate).toMatchObject({ revoked_at: "2026-03-02", revoked_reason: "hậu kiểm" })
    const merged = withProjection({ ocop_story: "Chuyện", ocop_stars: 3, ocop_trace_code: "X" }, row())
    expect(merged).toMatchObject({ ocop_story: "Chuyện", ocop_stars: 4, ocop_trace_code: "X" })
  })

  it("reads the live status in Vietnam's calendar", () => {
    expect(liveStatus(row({ expires_at: "2026-12-02" }), "2026-12-03")).toBe("expired")
    expect(liveStatus(row({ expires_at: "2027-01-10" }), "2026-12-03")).toBe("expiring")
    expect(liveStatus(row({ status: "superseded" }), "2026-12-03")).toBe("superseded")
    expect(liveStatus(row({ status: "pending" }), "2026-12-03")).toBe("pending")
  })
})
