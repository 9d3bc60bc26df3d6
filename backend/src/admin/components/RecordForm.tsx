import { Button, Input, Label, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

export type FieldDef = {
  name: string
  label: string
  kind?: "text" | "textarea" | "number" | "select" | "checkbox" | "datetime"
  options?: { value: string; label: string }[]
  required?: boolean
  help?: string
}

type Values = Record<string, unknown>
/** what a field holds while it is edited: text (numbers as typed), or a checkbox's state */
type InputValue = string | number | boolean

const toInput = (f: FieldDef, v: unknown): InputValue =>
  v === null || v === undefined ? (f.kind === "checkbox" ? false : "") : f.kind === "datetime" ? String(v).slice(0, 16) : (v as InputValue)

function toBody(fields: FieldDef[], values: Record<string, InputValue>, onlyChanged?: Values): Values {
  const out: Values = {}
  for (const f of fields) {
    let v: InputValue | null = values[f.name]
    if (f.kind === "number") v = v === "" ? null : Number(v)
    else if (f.kind === "datetime") v = v ? new Date(v as string).toISOString() : null
    else if (f.kind !== "checkbox" && v === "") v = null
    if (onlyChanged && JSON.stringify(toInput(f, onlyChanged[f.name])) === JSON.stringify(values[f.name])) continue
    out[f.name] = v
  }
  return out
}

interface Props {
  fields: FieldDef[]
  initial?: Values
  submitLabel: string
  onSubmit: (body: Values) => Promise<void>
}

// One form for producers, sales points and fairs: the server checks every
// field and its message is shown as given.
export function RecordForm({ fields, initial, submitLabel, onSubmit }: Props) {
  const [values, setValues] = useState<Record<string, InputValue>>(() => Object.fromEntries(fields.map((f) => [f.name, toInput(f, initial?.[f.name])])))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await onSubmit(toBody(fields, values, initial))
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const set = (name: string, v: InputValue) => setValues((vs) => ({ ...vs, [name]: v }))
  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3">
      {fields.map((f) => {
        const id = `field-${f.name}`
        return (
          <div key={f.name} className="flex flex-col gap-y-1">
            <Label htmlFor={id}>{f.label}{f.required ? " *" : ""}</Label>
            {f.kind === "textarea" ? (
              <Textarea id={id} value={values[f.name] as string | number} onChange={(e) => set(f.name, e.target.value)} rows={4} />
            ) : f.kind === "select" ? (
              <select id={id} className="rounded-md border px-2 py-1.5" value={values[f.name] as string | number} onChange={(e) => set(f.name, e.target.value)}>
                <option value="">—</option>
                {f.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : f.kind === "checkbox" ? (
              <input id={id} type="checkbox" checked={!!values[f.name]} onChange={(e) => set(f.name, e.target.checked)} />
            ) : (
              <Input id={id} type={f.kind === "number" ? "number" : f.kind === "datetime" ? "datetime-local" : "text"} step="any" value={values[f.name] as string | number} onChange={(e) => set(f.name, e.target.value)} />
            )}
            {f.help && <span className="text-ui-fg-subtle text-xs">{f.help}</span>}
          </div>
        )
      })}
      {error && <p role="alert" className="text-ui-fg-error">{error}</p>}
      <Button type="submit" isLoading={busy}>{submitLabel}</Button>
    </form>
  )
}
