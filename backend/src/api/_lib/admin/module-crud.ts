import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"
import { issueSentences } from "../../../lib/zod-issues"

/** One of our modules' records (producer, sales point, fair) as its service returns it. */
type ModuleRecord = { id: string } & Record<string, unknown>
/** The methods MedusaService generates for a model, reached by name (listAndCountProducers, retrieveFair…). */
type Service = Record<string, (...args: unknown[]) => Promise<unknown>>
type Runner = (container: MedusaContainer) => { run: (o: { input: { id: string; data: Record<string, unknown> } }) => Promise<{ result: unknown }> }

export interface ModuleCrud {
  moduleKey: string
  /** model name as the service spells it: Producer, SalesPoint, Fair */
  entity: string
  /** the response key of one record: producer, sales_point, fair */
  key: string
  schema: z.ZodType
  /** `record` has passed `schema` */
  create: (container: MedusaContainer, record: Record<string, unknown>) => Promise<{ id: string }>
  update: Runner
  /** called before deleting; throws to refuse */
  beforeDelete?: (container: MedusaContainer, id: string) => Promise<void>
}

function invalid(error: z.ZodError): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "Invalid body: " + issueSentences(error, { whole: "body" }).join("; ")
  )
}

function refuseUnknown(body: Record<string, unknown>, allowed: string[]) {
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid body: unknown field(s): ${unknown.join(", ")}`)
}

const plural = (entity: string) => `${entity}s`
// an object schema's keys, or those of the object schema it wraps (read from zod's definition)
type Shaped = { shape?: object; _def?: { schema?: { shape?: object } } }
const fieldsOf = (schema: z.ZodType): string[] => Object.keys((schema as Shaped).shape ?? (schema as Shaped)._def?.schema?.shape ?? {})

/** GET (search by name, filter by province, paged) and POST (create, every field checked) for a module's records. */
export function collectionRoutes(c: ModuleCrud) {
  return {
    async GET(req: MedusaRequest, res: MedusaResponse) {
      const { q, province, limit, offset } = req.validatedQuery as { q?: string; province?: string; limit: number; offset: number }
      const filters: Record<string, unknown> = {}
      if (q) filters.name = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
      if (province) filters.province = province
      const service = req.scope.resolve(c.moduleKey) as Service
      const [rows, count] = (await service[`listAndCount${plural(c.entity)}`](filters, { take: limit, skip: offset, order: { name: "ASC" } })) as [ModuleRecord[], number]
      res.json({ [`${c.key}s`]: rows, count, limit, offset })
    },
    async POST(req: MedusaRequest, res: MedusaResponse) {
      const body = (req.body ?? {}) as Record<string, unknown>
      refuseUnknown(body, fieldsOf(c.schema))
      const parsed = c.schema.safeParse(body)
      if (!parsed.success) throw invalid(parsed.error)
      const created = await c.create(req.scope, parsed.data as Record<string, unknown>)
      const record = await (req.scope.resolve(c.moduleKey) as Service)[`retrieve${c.entity}`](created.id)
      res.status(201).json({ [c.key]: record })
    },
  }
}

/** GET, POST (change some fields; the whole record must stay valid) and DELETE of one record. */
export function itemRoutes(c: ModuleCrud) {
  const retrieve = async (req: MedusaRequest) => {
    const service = req.scope.resolve(c.moduleKey) as Service
    const [record] = (await service[`list${plural(c.entity)}`]({ id: req.params.id })) as ModuleRecord[]
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${c.entity} ${req.params.id} was not found`)
    return record
  }
  return {
    async GET(req: MedusaRequest, res: MedusaResponse) {
      res.json({ [c.key]: await retrieve(req) })
    },
    async POST(req: MedusaRequest, res: MedusaResponse) {
      const body = (req.body ?? {}) as Record<string, unknown>
      const allowed = fieldsOf(c.schema)
      refuseUnknown(body, allowed)
      const current = await retrieve(req)
      const merged = Object.fromEntries(allowed.map((k) => [k, k in body ? body[k] : current[k]]))
      const parsed = c.schema.safeParse(merged)
      if (!parsed.success) throw invalid(parsed.error)
      const data = Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).filter(([k]) => k in body))
      await c.update(req.scope).run({ input: { id: current.id, data } })
      res.json({ [c.key]: await retrieve(req) })
    },
    async DELETE(req: MedusaRequest, res: MedusaResponse) {
      const record = await retrieve(req)
      await c.beforeDelete?.(req.scope, record.id)
      // its links (products, fairs, stock) go with it
      await req.scope.resolve(ContainerRegistrationKeys.LINK).delete({ [c.moduleKey]: { [`${c.key}_id`]: record.id } })
      await (req.scope.resolve(c.moduleKey) as Service)[`delete${plural(c.entity)}`]([record.id])
      res.json({ id: record.id, object: c.key, deleted: true })
    },
  }
}
