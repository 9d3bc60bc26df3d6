import { addDays, certificateStatus, groupByCode, provinceByCode, publicStars, verificationStatus, type OcopMetadata } from "@ocop/shared"

export interface ReportProduct {
  id: string
  title: string
  status: string
  metadata: Partial<OcopMetadata> | null
  producer_name: string | null
}

export interface CountRow {
  stars: number
  group: string
  group_name: string
  province: string
  province_name: string
  products: number
}

export interface ExpiringRow {
  product_id: string
  title: string
  producer: string
  stars: number
  province_name: string
  certificate_number: string
  expires_at: string
  days_left: number
}

const dayDiff = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/** Certified products on sale counted by stars × group × province, and certificates about to expire. */
export function buildOcopReport(products: ReportProduct[], today: string, horizonDays: number) {
  const counts = new Map<string, CountRow>()
  const expiring: ExpiringRow[] = []
  let pending = 0
  const until = addDays(today, horizonDays)
  for (const p of products) {
    const m = p.metadata ?? {}
    if (verificationStatus(m) === "pending") pending++
    const stars = publicStars(m, today)
    if (!stars || p.status !== "published") continue
    // public stars come only from a verified certificate in date: every certified fact is there
    const ocop = m as OcopMetadata
    const key = `${stars}|${ocop.ocop_group}|${ocop.ocop_province}`
    const row = counts.get(key) ?? {
      stars,
      group: ocop.ocop_group,
      group_name: groupByCode(ocop.ocop_group)?.name ?? ocop.ocop_group,
      province: ocop.ocop_province,
      province_name: provinceByCode(ocop.ocop_province)?.name ?? ocop.ocop_province,
      products: 0,
    }
    row.products++
    counts.set(key, row)
    const cert = ocop.ocop_certificate
    if (certificateStatus(cert, today) !== "revoked" && cert.expires_at >= today && cert.expires_at <= until) {
      expiring.push({
        product_id: p.id,
        title: p.title,
        producer: p.producer_name ?? "",
        stars,
        province_name: provinceByCode(ocop.ocop_province)?.name ?? ocop.ocop_province,
        certificate_number: cert.number,
        expires_at: cert.expires_at,
        days_left: dayDiff(today, cert.expires_at),
      })
    }
  }
  const rows = [...counts.values()].sort(
    (a, b) => b.stars - a.stars || a.group.localeCompare(b.group) || a.province_name.localeCompare(b.province_name, "vi")
  )
  expiring.sort((a, b) => a.expires_at.localeCompare(b.expires_at) || a.title.localeCompare(b.title, "vi"))
  return {
    today,
    horizon_days: horizonDays,
    totals: { certified_on_sale: rows.reduce((n, r) => n + r.products, 0), awaiting_verification: pending, expiring: expiring.length },
    counts: rows,
    expiring,
  }
}

/**
 * A leading =, +, - or @ (or a tab / carriage return) would run as a formula in a spreadsheet:
 * such a cell is prefixed with '. A plain number ("-12", "-3.5", "+7") is data, not a formula,
 * and is written as it is; "-1+cmd|' /C calc'!A0" is not a number and is still neutralised.
 */
export function csvCell(v: unknown): string {
  const s = String(v ?? "")
  const number = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/.test(s)
  const safe = !number && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese correctly. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))]
  return "\uFEFF" + lines.join("\r\n") + "\r\n"
}
