import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../_lib/producer/actor"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { UpdateProducerProfile } from "./validators"

const PRODUCER_FIELDS = ["id", "handle", "name", "type", "province", "ward", "address", "phone", "email", "website", "story", "logo", "certifications"] as const

async function profile<Body>(req: ProducerRequest<Body>) {
  const producer = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .retrieveProducer(req.producer.id, { select: [...PRODUCER_FIELDS] })
  return { member: { id: req.producer.member_id, email: req.producer.email }, producer }
}

/** GET /producer/me — who is signed in and for which producer. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json(await profile(req))
}

/** POST /producer/me — the producer's contact details and story. */
export async function POST(req: ProducerRequest<UpdateProducerProfile>, res: MedusaResponse) {
  await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers({ id: req.producer.id, ...req.validatedBody })
  res.json(await profile(req))
}
