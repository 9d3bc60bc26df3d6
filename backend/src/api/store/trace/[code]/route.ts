import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normaliseSerial } from "@ocop/shared"
import { clientKey } from "../../../_lib/http/client-key"
import { traceRecord } from "../../../../lib/registry/trace"

// GET /store/trace/:serial — what the QR on a stamp opens: the product, its
// producer, the certificate the stamp vouches for with its live status, the
// lot, the star history and where to buy. Every lookup is counted per client.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const serial = normaliseSerial(String(req.params.code))
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP stamp has the serial ${String(req.params.code).slice(0, 40)}`)
  if (!serial) throw notFound()
  const record = await traceRecord(req.scope, serial, clientKey(req.socket?.remoteAddress, req.headers["x-forwarded-for"]))
  if (!record) throw notFound()
  res.json(record)
}
