import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../_lib/producer/actor"
import { notYours } from "../../../../lib/producer/ownership"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"

/** DELETE /producer/files/:id — removes one of the producer's own uploads from storage. */
export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [file] = await service.listProducerFiles({ id: req.params.id, producer_id: req.producer.id })
  if (!file) throw notYours("File", req.params.id)
  await req.scope.resolve(Modules.FILE).deleteFiles([file.file_id, file.thumbnail_file_id].filter(Boolean) as string[])
  await service.deleteProducerFiles([file.id])
  res.json({ id: file.id, object: "file", deleted: true })
}
