import { Button, Heading, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { certificatesPath, type CertificateRow } from "../lib/registry"
import { adminKey, useAdminQuery } from "../lib/useAdminQuery"
import { useActorNames } from "../lib/useNames"
import { CertificateCard } from "./CertificateCard"
import { QueryState } from "./QueryState"
import { RecordCertificateForm } from "./RecordCertificateForm"

// Every certificate the product ever had (newest first), and the form staff
// use to record a renewal, an upgrade or a correction they checked.
export function CertificateHistory({ productId }: { productId: string }) {
  const [recording, setRecording] = useState(false)
  const queryClient = useQueryClient()
  // a product has a handful of certificates (one per renewal or upgrade): read whole, not paged
  const query = useAdminQuery<{ certificates: CertificateRow[] }>(certificatesPath(productId))
  const certs = query.data?.certificates ?? null
  const actor = useActorNames((certs ?? []).flatMap((c) => [c.decided_by, ...(c.events ?? []).map((e) => e.by)]))
  const current = certs?.find((c) => c.is_current) ?? null

  function recorded() {
    setRecording(false)
    queryClient.invalidateQueries({ queryKey: adminKey(certificatesPath(productId)) })
    // the product's OCOP metadata (the panel above, the product page) is the registry's projection: refetch it
    queryClient.invalidateQueries({ queryKey: ["products"] })
  }

  return (
    <section className="flex flex-col gap-2 px-6 py-4" aria-labelledby="ocop-certs-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h3" id="ocop-certs-heading">Lịch sử chứng nhận</Heading>
        <Button size="small" variant="secondary" onClick={() => setRecording((r) => !r)} aria-expanded={recording}>
          {recording ? "Đóng" : "Ghi nhận chứng nhận (gia hạn, nâng hạng, sửa)"}
        </Button>
      </div>
      {recording && certs && (
        <div className="rounded-md border p-4">
          <RecordCertificateForm productId={productId} current={current} onDone={recorded} />
        </div>
      )}
      <QueryState isPending={query.isPending} error={query.error} className="txt-small" />
      {certs && certs.length === 0 && <Text size="small" className="text-ui-fg-subtle">Chưa có chứng nhận nào.</Text>}
      <div className="divide-y">
        {certs?.map((c) => <CertificateCard key={c.id} cert={c} actor={actor} />)}
      </div>
    </section>
  )
}
