import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { newSerial } from "@ocop/shared"
import { registryOf } from "../../../lib/registry/records"

export interface BatchFields {
  product_id: string
  producer_id: string | null
  certificate_id: string | null
  quantity: number
  lot: string | null
  produced_on: string | null
  best_before: string | null
  gtin: string | null
}

/** The batch record of a product ready for stamps (steps/stamp-product.ts) as given by staff or a producer. */
export function batchRecord(
  input: { quantity: number; lot?: string | null; produced_on?: string | null; best_before?: string | null; note?: string | null },
  product: { product_id: string; producer_id: string | null; certificate_id: string | null; gtin: string | null },
  who: { status: "issued" | "requested"; by: string; producer_id?: string }
) {
  return {
    product_id: product.product_id,
    producer_id: who.producer_id ?? product.producer_id,
    certificate_id: product.certificate_id,
    quantity: input.quantity,
    lot: input.lot ?? null,
    produced_on: input.produced_on ?? null,
    best_before: input.best_before ?? null,
    gtin: product.gtin,
    status: who.status,
    by: who.by,
    note: input.note ?? null,
  }
}

/** A batch record: issued by staff at once, or requested by a producer. */
export const createStampBatchStep = createStep(
  "create-stamp-batch",
  async (input: BatchFields & { status: "issued" | "requested"; by: string; note?: string | null }, { container }) => {
    const now = new Date()
    const [batch] = await registryOf(container).createStampBatches([
      {
        ...input,
        ...(input.status === "issued" ? { decided_by: input.by, decided_at: now } : { requested_by: input.by }),
        note: input.note ?? null,
      },
    ])
    return new StepResponse(batch, batch.id)
  },
  async (id, { container }) => {
    if (id) await registryOf(container).deleteStampBatches([id])
  }
)

/** Staff's answer to a requested batch: issued (stamps follow) or declined. */
export const decideStampBatchStep = createStep(
  "decide-stamp-batch",
  async (input: { batch_id: string; action: "issue" | "decline"; by: string; note?: string | null; certificate_id: string | null }, { container }) => {
    const registry = registryOf(container)
    const batch = (await registry.retrieveStampBatch(input.batch_id))
    if (batch.status !== "requested") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This stamp batch was already ${batch.status}`)
    }
    const status = input.action === "issue" ? "issued" : "declined"
    await registry.updateStampBatches({
      id: batch.id,
      status,
      decided_by: input.by,
      decided_at: new Date(),
      note: input.note ?? batch.note,
      ...(input.action === "issue" ? { certificate_id: input.certificate_id } : {}),
    })
    return new StepResponse({ ...batch, status }, { id: batch.id, status: batch.status, decided_by: batch.decided_by, decided_at: batch.decided_at, note: batch.note, certificate_id: batch.certificate_id })
  },
  async (before, { container }) => {
    if (before) await registryOf(container).updateStampBatches(before)
  }
)

const MAX_ATTEMPTS = 3

/**
 * Draws the batch's serials and stores them in one insert. Serials are random
 * (lib in @ocop/shared); the unique index refuses any serial already issued,
 * in which case the whole draw is repeated.
 */
export const insertStampsStep = createStep(
  "insert-stamps",
  async (input: { batch_id: string; product_id: string; quantity: number }, { container }) => {
    const registry = registryOf(container)
    for (let attempt = 1; ; attempt++) {
      const serials = new Set<string>()
      while (serials.size < input.quantity) serials.add(newSerial())
      try {
        const n = await registry.insertStamps([...serials].map((serial) => ({ batch_id: input.batch_id, product_id: input.product_id, serial })))
        return new StepResponse(n, input.batch_id)
      } catch (e) {
        const duplicate = /duplicate key|unique/i.test(String((e as Error)?.message))
        if (!duplicate || attempt >= MAX_ATTEMPTS) throw e
      }
    }
  },
  async (batchId, { container }) => {
    if (!batchId) return
    const registry = registryOf(container)
    const stamps = await registry.listOcopStamps({ batch_id: batchId }, { select: ["id"] })
    if (stamps.length) await registry.deleteOcopStamps(stamps.map((s) => s.id))
  }
)
