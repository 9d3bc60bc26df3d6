import type { FieldProblem } from "@ocop/shared"

// Why a voucher code cannot be used now. Medusa's cart route answers 200 for a
// code whose campaign has ended or whose uses are spent (it applies nothing),
// which leaves the shopper wondering; the shop names the reason instead.

export interface VoucherRecord {
  code?: string | null
  status?: string | null
  limit?: number | null
  used?: number | null
  campaign?: { starts_at?: Date | string | null; ends_at?: Date | string | null } | null
}

const at = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : null)

export function voucherProblems(codes: string[], found: VoucherRecord[], now: Date): FieldProblem[] {
  const byCode = new Map(found.map((p) => [(p.code ?? "").toUpperCase(), p]))
  const problems: FieldProblem[] = []
  codes.forEach((typed, i) => {
    const field = `promo_codes.${i}`
    const p = byCode.get(String(typed).trim().toUpperCase())
    const params = { code: String(typed) }
    if (!p || p.status !== "active")
      return void problems.push({ field, code: "voucher_unknown", params, message: `The voucher code ${typed} does not exist.` })
    const starts = at(p.campaign?.starts_at)
    const ends = at(p.campaign?.ends_at)
    if (starts !== null && starts > now.getTime())
      return void problems.push({ field, code: "voucher_not_started", params, message: `The voucher code ${typed} cannot be used yet.` })
    if (ends !== null && ends < now.getTime())
      return void problems.push({ field, code: "voucher_expired", params, message: `The voucher code ${typed} has expired.` })
    if (p.limit != null && (p.used ?? 0) >= p.limit)
      problems.push({ field, code: "voucher_used_up", params, message: `The voucher code ${typed} has been used as many times as it may be.` })
  })
  return problems
}
