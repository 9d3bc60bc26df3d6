import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

/** The methods MedusaService generates for a model, reached by name (retrieveFair, updateFairs…). */
type Service = Record<string, (...args: unknown[]) => Promise<unknown>>

// One update shape for our own modules' records: the previous values come
// back if a later step fails.
export function updateModuleRecordWorkflow(name: string, moduleKey: string, entity: string) {
  const step = createStep(
    `update-${name}-record`,
    async (input: { id: string; data: Record<string, unknown> }, { container }) => {
      const service = container.resolve(moduleKey) as Service
      const previous = (await service[`retrieve${entity}`](input.id)) as Record<string, unknown>
      const before = Object.fromEntries(Object.keys(input.data).map((k) => [k, previous[k]]))
      const updated = await service[`update${entity}s`]({ id: input.id, ...input.data })
      return new StepResponse(updated, { id: input.id, before })
    },
    async (undo, { container }) => {
      if (undo) await (container.resolve(moduleKey) as Service)[`update${entity}s`]({ id: undo.id, ...undo.before })
    }
  )
  return createWorkflow(`update-${name}`, (input: { id: string; data: Record<string, unknown> }) => new WorkflowResponse(step(input)))
}
