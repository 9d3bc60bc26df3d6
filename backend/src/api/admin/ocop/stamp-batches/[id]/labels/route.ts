import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { registryOf } from "../../../../../../lib/registry/records"
import { stampView } from "../../../../../../lib/registry/stamps"
import { renderLabelSheet } from "../../../../../../lib/stamps/label-sheet"

/** GET /admin/ocop/stamp-batches/:id/labels — the batch as A4 sheets of QR labels (PDF) to print. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const registry = registryOf(req.scope)
  const batch = (await registry.retrieveStampBatch(req.params.id))
  if (batch.status !== "issued") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This stamp batch is ${batch.status}: only issued batches can be printed`)
  const stamps = (await registry.listOcopStamps({ batch_id: batch.id }, { select: ["serial"], order: { serial: "ASC" }, take: batch.quantity })) as { serial: string }[]
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["title", "producer.name"],
    filters: { id: batch.product_id },
  })
  const pdf = await renderLabelSheet({
    product: data[0]?.title ?? "",
    producer: data[0]?.producer?.name ?? "",
    lot: batch.lot ?? null,
    labels: stamps.map((s) => {
      const v = stampView(s, batch)
      return { serial: v.serial, url: v.url }
    }),
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="tem-ocop-${batch.id}.pdf"`)
  res.send(pdf)
}
