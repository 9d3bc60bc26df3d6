import { Label } from "@medusajs/ui"
import type { ReactNode } from "react"

// A labelled control for the registry forms; `id` ties the label to it for
// screen readers and for tests that find fields by their label.
export function Field({ id, label, required, help, children }: { id: string; label: string; required?: boolean; help?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">{label}{required ? " *" : ""}</Label>
      {children}
      {help && <span className="text-ui-fg-subtle txt-compact-xsmall">{help}</span>}
    </div>
  )
}

/** The native select the other admin forms use (small, keyboard friendly, no portal). */
export function NativeSelect({ id, value, onChange, options, empty }: { id: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; empty?: string }) {
  return (
    <select id={id} className="rounded-md border bg-ui-bg-field px-2 py-1.5 txt-small" value={value} onChange={(e) => onChange(e.target.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  )
}
