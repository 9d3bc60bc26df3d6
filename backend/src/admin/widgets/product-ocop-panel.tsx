import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { certificateStatus, parseOcopMetadata, publicStars, verificationStatus, type OcopMetadata } from "@ocop/shared"
import { ModerationActions } from "../components/ModerationActions"
import { groupName, provinceName, VERIFICATION_LABEL } from "../lib/labels"

const CERT_LABEL: Record<string, string> = { valid: "Còn hiệu lực", expiring: "Sắp hết hạn", expired: "Đã hết hạn", revoked: "Đã thu hồi" }

// The product's OCOP facts as the shop shows them, checked by the same schema
// every write passes, with the verification actions staff need here.
const ProductOcopPanel = ({ data }: DetailWidgetProps<AdminProduct>) => {
  // as stored: possibly not valid (the check below says what is wrong)
  const meta = (data.metadata ?? {}) as Partial<OcopMetadata>
  const check = parseOcopMetadata(meta)
  const cert = meta.ocop_certificate
  const verification = verificationStatus(meta)
  const stars = publicStars(meta)
  const queryClient = useQueryClient()
  // a decision rewrites the product's metadata (this panel's data) and its certificate's status
  // (the registry widget below): refetch both instead of reloading the page
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ["products"] })
    void queryClient.invalidateQueries({ queryKey: ["ocop-admin"] })
  }
  return (
    <Container className="divide-y p-0" data-testid="ocop-panel">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        <div className="flex gap-2">
          <Badge color={verification === "verified" ? "green" : verification === "pending" ? "orange" : "red"}>{VERIFICATION_LABEL[verification]}</Badge>
          {cert && <Badge color={["valid", "expiring"].includes(certificateStatus(cert)) ? "green" : "red"}>{CERT_LABEL[certificateStatus(cert)]}</Badge>}
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 px-6 py-4 text-ui-fg-subtle">
        <dt>Hạng sao</dt><dd>{meta.ocop_stars ? `${meta.ocop_stars}★` : "—"} {stars === null && meta.ocop_stars ? "(không hiển thị công khai)" : ""}</dd>
        <dt>Nhóm</dt><dd>{groupName(meta.ocop_group)} / {meta.ocop_subgroup ?? "—"}</dd>
        <dt>Tỉnh, thành</dt><dd>{provinceName(meta.ocop_province)}{meta.ocop_legacy_province ? ` (trước đây ${meta.ocop_legacy_province})` : ""}</dd>
        <dt>Chứng nhận</dt>
        <dd>
          {cert ? `${cert.number} — ${cert.issuer}, ${cert.issued_at} → ${cert.expires_at}` : "—"}
          {cert?.scan_url && <> · <a className="text-ui-fg-interactive" href={cert.scan_url} target="_blank" rel="noreferrer">bản chụp</a></>}
          {cert?.revoked_at && <Text size="small">Thu hồi {cert.revoked_at}: {cert.revoked_reason}</Text>}
        </dd>
      </dl>
      {!check.ok && (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">Dữ liệu OCOP chưa hợp lệ:</Text>
          <ul className="list-disc pl-6">{check.errors.map((e) => <li key={e.field}>{e.field}: {e.message}</li>)}</ul>
        </div>
      )}
      <div className="px-6 py-4">
        <ModerationActions
          productId={data.id}
          title={data.title}
          actions={verification === "pending" ? ["verify", "reject"] : cert && !cert.revoked_at ? ["revoke"] : []}
          onDone={reload}
        />
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOcopPanel
