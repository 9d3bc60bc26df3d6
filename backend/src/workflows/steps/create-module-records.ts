import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// One step shape for our own modules' records (producers, sales points,
// fairs): create through the module service, delete them again on rollback.
export function createModuleRecordsStep<TInput extends object, TRecord extends { id: string }>(
  stepId: string,
  moduleKey: string,
  entity: string
) {
  return createStep(
    stepId,
    async (input: TInput[], { container }) => {
      const service = container.resolve(moduleKey) as Record<string, (data: unknown) => Promise<unknown>>
      const created = (await service[`create${entity}`](input)) as TRecord[]
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (!ids?.length) return
      const service = container.resolve(moduleKey) as Record<string, (ids: string[]) => Promise<void>>
      await service[`delete${entity}`](ids)
    }
  )
}
