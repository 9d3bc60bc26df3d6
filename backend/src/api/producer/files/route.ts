import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { storeUpload, type Upload } from "../../../lib/producer/uploads"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

const FILE_FIELDS = ["id", "kind", "url", "thumbnail_url", "filename", "mime_type", "size", "created_at"] as const

/** GET /producer/files — the producer's uploads (photos and certificate scans). */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { kind, limit, offset } = req.validatedQuery as { kind?: "image" | "certificate"; limit: number; offset: number }
  const [files, count] = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listAndCountProducerFiles({ producer_id: req.producer.id, ...(kind ? { kind } : {}) }, {
      select: [...FILE_FIELDS],
      take: limit,
      skip: offset,
      order: { created_at: "DESC" },
    })
  res.json({ files, count, limit, offset })
}

/** POST /producer/files?kind=image|certificate — multipart field "file". */
export async function POST(req: ProducerRequest, res: MedusaResponse) {
  const upload = (req as unknown as { file?: Upload }).file
  const kind = (req.validatedQuery as { kind?: "image" | "certificate" }).kind
  if (!kind) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say what the file is: ?kind=image for a product photo, ?kind=certificate for a certificate scan")
  if (!upload) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Send the file as multipart/form-data in a field named "file"')
  const stored = await storeUpload(req.scope, req.producer.id, kind, upload)
  const [file] = await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).createProducerFiles([
    { ...stored, kind, filename: upload.originalname.slice(0, 200), producer_id: req.producer.id },
  ])
  res.status(201).json({ file: Object.fromEntries(FILE_FIELDS.map((k) => [k, file[k]])) })
}
