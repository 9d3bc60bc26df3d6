import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { QueryState } from "../../components/QueryState"
import { useAdminQuery } from "../../lib/useAdminQuery"

type Report = {
  today: string
  horizon_days: number
  totals: { certified_on_sale: number; awaiting_verification: number; expiring: number }
  counts: { stars: number; group_name: string; province_name: string; products: number }[]
  expiring: { product_id: string; title: string; producer: string; stars: number; province_name: string; certificate_number: string; expires_at: string; days_left: number }[]
}

// The programme's figures: certified products on sale by stars × group ×
// province, and certificates that run out soon — both downloadable as CSV.
const ReportPage = () => {
  const [days, setDays] = useState(90)
  // the whole report (every stars × group × province row, every expiring certificate): the route
  // does not page it, as the CSV it mirrors is whole; another horizon keeps the old figures until it arrives
  const query = useAdminQuery<{ report: Report }>(`/admin/ocop/report?days=${days}`, { keepWhileLoading: true })
  const report = query.data?.report ?? null
  const csv = (table: string) => `/admin/ocop/report?format=csv&table=${table}&days=${days}`

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h1">Báo cáo OCOP</Heading>
        <div className="flex items-end gap-2">
          <div>
            <Label htmlFor="horizon">Hết hạn trong (ngày)</Label>
            <Input id="horizon" type="number" min={1} max={365} value={days} onChange={(e) => setDays(Math.min(365, Math.max(1, Number(e.target.value) || 90)))} className="w-24" />
          </div>
          <Button asChild variant="secondary" size="small"><a href={csv("counts")} download>CSV: số sản phẩm</a></Button>
          <Button asChild variant="secondary" size="small"><a href={csv("expiring")} download>CSV: sắp hết hạn</a></Button>
        </div>
      </div>
      <QueryState isPending={query.isPending} error={query.error} />
      {report && (
        <>
          <div className="grid grid-cols-3 gap-4 px-6 py-4" data-testid="report-totals">
            <div><Text size="small">Đang bán có sao</Text><Heading level="h2">{report.totals.certified_on_sale}</Heading></div>
            <div><Text size="small">Chờ xác minh</Text><Heading level="h2">{report.totals.awaiting_verification}</Heading></div>
            <div><Text size="small">Hết hạn trong {report.horizon_days} ngày</Text><Heading level="h2">{report.totals.expiring}</Heading></div>
          </div>
          <div className="px-6 py-4">
            <Heading level="h2">Theo hạng sao × nhóm × tỉnh</Heading>
            <Table>
              <Table.Header><Table.Row><Table.HeaderCell>Hạng</Table.HeaderCell><Table.HeaderCell>Nhóm</Table.HeaderCell><Table.HeaderCell>Tỉnh, thành</Table.HeaderCell><Table.HeaderCell>Sản phẩm</Table.HeaderCell></Table.Row></Table.Header>
              <Table.Body>
                {report.counts.map((r) => (
                  <Table.Row key={`${r.stars}-${r.group_name}-${r.province_name}`}><Table.Cell>{r.stars}★</Table.Cell><Table.Cell>{r.group_name}</Table.Cell><Table.Cell>{r.province_name}</Table.Cell><Table.Cell>{r.products}</Table.Cell></Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="px-6 py-4">
            <Heading level="h2">Chứng nhận sắp hết hạn</Heading>
            <Table>
              <Table.Header><Table.Row><Table.HeaderCell>Sản phẩm</Table.HeaderCell><Table.HeaderCell>Chủ thể</Table.HeaderCell><Table.HeaderCell>Số QĐ</Table.HeaderCell><Table.HeaderCell>Hết hạn</Table.HeaderCell><Table.HeaderCell>Còn (ngày)</Table.HeaderCell></Table.Row></Table.Header>
              <Table.Body>
                {report.expiring.map((r) => (
                  <Table.Row key={r.product_id}><Table.Cell>{r.title}</Table.Cell><Table.Cell>{r.producer}</Table.Cell><Table.Cell>{r.certificate_number}</Table.Cell><Table.Cell>{r.expires_at}</Table.Cell><Table.Cell>{r.days_left}</Table.Cell></Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Báo cáo OCOP", icon: ChartBar })

export default ReportPage
