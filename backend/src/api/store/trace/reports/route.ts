import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normaliseSerial } from "@ocop/shared"
import { clientKey } from "../../../_lib/http/client-key"
import { registryOf } from "../../../../lib/registry/records"
import type { TraceReportBody } from "./validators"

/** POST /store/trace/reports — a shopper reports a serial that was not found or looks fake; staff read them in the admin. */
export async function POST(req: MedusaRequest<TraceReportBody>, res: MedusaResponse) {
  const b = req.validatedBody
  const registry = registryOf(req.scope)
  const serial = normaliseSerial(b.serial) ?? b.serial.trim().toUpperCase()
  const [stamp] = await registry.listOcopStamps({ serial }, { select: ["id"] })
  const [report] = await registry.createTraceReports([
    {
      serial,
      stamp_id: stamp?.id ?? null,
      message: b.message ?? null,
      contact: b.contact ?? null,
      client_key: clientKey(req.socket?.remoteAddress, req.headers["x-forwarded-for"]),
    },
  ])
  res.status(201).json({ report: { id: report.id } })
}
