import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ChangesList } from "../../components/ChangesList"
import { ModerationActions } from "../../components/ModerationActions"
import { QueryState } from "../../components/QueryState"
import { Pager } from "../../components/Pager"
import { groupName, provinceName } from "../../lib/labels"
import type { Changes } from "../../lib/registry"
import { subgroupName } from "../../lib/registry-labels"
import { usePaged } from "../../lib/usePaged"

type Row = {
  id: string
  title: string
  status: string
  producer: { id: string; name: string } | null
  stars: number
  score: number | null
  group: string
  subgroup: string
  province: string
  legacy_province: string | null
  certificate_id: string
  certificate: { number: string; issued_at: string; expires_at: string; issuer: string; scan_url?: string } | null
  verification: { at?: string; note?: string; previous_note?: string; resubmitted_at?: string } | null
  /** the certified facts the producer changed since staff last saw them; null for a first submission */
  changes: Changes
  /** the product's barcodes as GTIN-14: the stamps' QR codes carry one */
  gtins: string[]
  /** stamps already issued under earlier certificates: a rejection does not recall printed stamps */
  stamps_issued: number
}

// Certificates producers entered or changed, oldest first: staff compare the
// scan with the fields, then verify (stars appear, a new product goes on sale) or reject.
// Each row says what the producer changed (before → after) so staff check
// just that against the scan, and how many stamps are already out there.
// A rejected product waits for its producer to correct and resubmit it; it
// then comes back to the pending queue (marked as resubmitted, with the old reason).
const VerificationQueuePage = () => {
  const [status, setStatus] = useState<"pending" | "rejected">("pending")
  const list = usePaged<Row>(`/admin/ocop/verifications?status=${status}`, "products")
  const { rows, error, load } = list

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Xác minh chứng nhận OCOP</Heading>
        <Tabs value={status} onValueChange={(v) => setStatus(v as "pending" | "rejected")}>
          <Tabs.List>
            <Tabs.Trigger value="pending">Chờ xác minh</Tabs.Trigger>
            <Tabs.Trigger value="rejected">Đã từ chối</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      <QueryState isPending={list.isLoading} error={error} />
      {rows && rows.length === 0 && (
        <Text className="px-6 py-4">{status === "pending" ? "Không có chứng nhận nào đang chờ." : "Không có sản phẩm nào bị từ chối."}</Text>
      )}
      {rows && rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Hạng · nhóm · tỉnh</Table.HeaderCell>
              <Table.HeaderCell>Chứng nhận</Table.HeaderCell>
              <Table.HeaderCell>Thay đổi</Table.HeaderCell>
              <Table.HeaderCell>Quyết định</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="verification-row">
                <Table.Cell>
                  <Link to={`/products/${r.id}`}>{r.title}</Link>
                  {r.status === "proposed" && <Badge size="2xsmall" className="ml-2">Sản phẩm mới</Badge>}
                  {status === "pending" && r.verification?.resubmitted_at && <Badge size="2xsmall" color="blue" className="ml-2">Đã sửa, gửi lại</Badge>}
                  {r.gtins.length > 0 && <Text size="small" className="text-ui-fg-subtle">GTIN: {r.gtins.join(", ")}</Text>}
                  <Text size="small" className="text-ui-fg-subtle">{r.stamps_issued ? `Đã phát hành ${r.stamps_issued.toLocaleString("vi-VN")} tem` : "Chưa có tem"}</Text>
                </Table.Cell>
                <Table.Cell>{r.producer?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {r.stars}★{r.score !== null && r.score !== undefined ? ` (${r.score} điểm)` : ""}<br />
                  {groupName(r.group)} / {subgroupName(r.group, r.subgroup)}<br />
                  {provinceName(r.province)}{r.legacy_province ? ` (trước đây ${r.legacy_province})` : ""}
                </Table.Cell>
                <Table.Cell>
                  {r.certificate ? (
                    <>
                      {r.certificate.number}, {r.certificate.issuer}<br />
                      {r.certificate.issued_at} → {r.certificate.expires_at}
                      {r.certificate.scan_url && <> · <a href={r.certificate.scan_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">bản chụp</a></>}
                    </>
                  ) : "—"}
                  {r.verification?.note && <Text size="small" className="text-ui-fg-subtle">{status === "rejected" ? "Lý do từ chối" : "Ghi chú"}: {r.verification.note}</Text>}
                  {status === "pending" && r.verification?.previous_note && (
                    <Text size="small" className="text-ui-fg-subtle">Lần trước bị từ chối vì: {r.verification.previous_note}</Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {r.changes && Object.keys(r.changes).length ? (
                    <ChangesList changes={r.changes} group={r.group} />
                  ) : (
                    // no changes: a certificate number not seen before (first or renewal), so every fact needs checking
                    <Text size="small" className="text-ui-fg-subtle">{status === "pending" ? "Chứng nhận mới: kiểm tra toàn bộ" : "—"}</Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {status === "pending" ? (
                    <ModerationActions productId={r.id} title={r.title} actions={["verify", "reject"]} status="pending" onDone={load} />
                  ) : (
                    // only a pending product can be decided: this one waits for its producer to correct and resubmit it
                    <Text size="small" className="text-ui-fg-subtle">Chờ chủ thể sửa và gửi lại</Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Xác minh OCOP", icon: ShieldCheck })

export default VerificationQueuePage
