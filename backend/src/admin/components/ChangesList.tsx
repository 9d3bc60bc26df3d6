import { CERTIFIED_FACT_KEYS } from "@ocop/shared"
import type { Changes } from "../lib/registry"
import { FACT_LABEL, factValue } from "../lib/registry-labels"

// Which certified facts changed (before → after), in the order the
// certificate prints them, so staff check exactly what is new against the scan.
export function ChangesList({ changes, group }: { changes: Changes; group?: string }) {
  if (!changes || !Object.keys(changes).length) return null
  const order = (f: string) => {
    const i = (CERTIFIED_FACT_KEYS as readonly string[]).indexOf(f)
    return i < 0 ? 99 : i
  }
  const fields = Object.keys(changes).sort((a, b) => order(a) - order(b))
  // a subgroup's name depends on its group: read the new group for "to", the old one for "from"
  const groupFrom = (changes.group?.from as string | undefined) ?? group
  const groupTo = (changes.group?.to as string | undefined) ?? group
  return (
    <ul className="text-ui-fg-subtle txt-small list-none" data-testid="changes">
      {fields.map((f) => (
        <li key={f}>
          <span className="font-medium text-ui-fg-base">{FACT_LABEL[f] ?? f}</span>:{" "}
          <del className="text-ui-fg-muted">{factValue(f, changes[f].from, groupFrom)}</del> → <ins className="no-underline">{factValue(f, changes[f].to, groupTo)}</ins>
        </li>
      ))}
    </ul>
  )
}
