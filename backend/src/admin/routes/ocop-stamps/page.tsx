import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Container, Heading, Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { BatchListTab } from "../../components/BatchListTab"
import { SuspiciousStampsTab } from "../../components/SuspiciousStampsTab"
import { TraceReportsTab } from "../../components/TraceReportsTab"

const TABS = {
  requested: "Yêu cầu chờ duyệt",
  issued: "Đã phát hành",
  suspicious: "Nghi giả",
  reports: "Phản ánh",
} as const
type Tab = keyof typeof TABS

// Traceability stamps across the programme: producers' requests to decide,
// issued batches to print, stamps that look copied, and shoppers' reports.
// The tab is kept in the address (?tab=) so staff can share or bookmark it.
const StampsPage = () => {
  const [params, setParams] = useSearchParams()
  const tab: Tab = (params.get("tab") as Tab) in TABS ? (params.get("tab") as Tab) : "requested"
  return (
    <Container className="p-0">
      <Tabs className="divide-y" value={tab} onValueChange={(v) => setParams({ tab: v }, { replace: true })}>
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h1">Tem OCOP</Heading>
          <Tabs.List>
            {(Object.keys(TABS) as Tab[]).map((t) => <Tabs.Trigger key={t} value={t}>{TABS[t]}</Tabs.Trigger>)}
          </Tabs.List>
        </div>
        <Tabs.Content value="requested"><BatchListTab status="requested" /></Tabs.Content>
        <Tabs.Content value="issued"><BatchListTab status="issued" /></Tabs.Content>
        <Tabs.Content value="suspicious"><SuspiciousStampsTab /></Tabs.Content>
        <Tabs.Content value="reports"><TraceReportsTab /></Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tem OCOP", icon: Tag })

export default StampsPage
