import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** GET /admin/ocop/verifications — certificates waiting for staff, oldest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as { status: string; limit: number; offset: number }
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const waiting = db("product").whereNull("deleted_at").whereRaw("metadata->'ocop_verification'->>'status' = ?", [status])
  const [{ count }] = (await waiting.clone().count("* as count")) as { count: string }[]
  const rows: { id: string }[] = await waiting
    .clone()
    .select("id")
    .orderByRaw("metadata->'ocop_verification'->>'at' asc")
    .limit(limit)
    .offset(offset)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status", "thumbnail", "metadata", "producer.id", "producer.name", "producer.province"],
    filters: { id: rows.map((r) => r.id) },
  })
  const byId = new Map(data.map((p: any) => [p.id, p]))
  res.json({
    products: rows.map((r) => {
      const p: any = byId.get(r.id)
      return {
        id: p.id,
        title: p.title,
        status: p.status,
        thumbnail: p.thumbnail,
        producer: p.producer ?? null,
        stars: p.metadata?.ocop_stars,
        group: p.metadata?.ocop_group,
        province: p.metadata?.ocop_province,
        certificate: p.metadata?.ocop_certificate ?? null,
        verification: p.metadata?.ocop_verification ?? null,
      }
    }),
    count: Number(count),
    limit,
    offset,
  })
}
