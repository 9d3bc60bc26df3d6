import { Button, Container, Drawer, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type ReactNode } from "react"
import { adminFetch } from "../lib/api"
import { RecordForm, type FieldDef } from "./RecordForm"

/** A record as the admin API lists it: its fields by name (what the form edits), with an id and a name. */
export type AdminRecord = { id: string; name: string } & Record<string, unknown>

interface Props<R extends AdminRecord> {
  title: string
  /** admin API collection, e.g. /admin/producers */
  path: string
  /** the list's key in the response, e.g. "producers" */
  listKey: string
  fields: FieldDef[]
  columns: { label: string; value: (r: R) => ReactNode }[]
  /** more for one record (members, catalogue…) under its form */
  extra?: (record: R) => ReactNode
}

// A searchable list of one kind of record, with create, edit and delete in a drawer.
export function RecordsPage<R extends AdminRecord>({ title, path, listKey, fields, columns, extra }: Props<R>) {
  const [q, setQ] = useState("")
  const [rows, setRows] = useState<R[]>([])
  const [count, setCount] = useState(0)
  const [editing, setEditing] = useState<R | "new" | null>(null)
  const load = useCallback(() => {
    adminFetch<{ count: number } & Record<string, R[]>>(`${path}?limit=100${q ? `&q=${encodeURIComponent(q)}` : ""}`)
      .then((r) => { setRows(r[listKey] as R[]); setCount(r.count) })
      .catch((e) => toast.error(e.message))
  }, [path, listKey, q])
  useEffect(load, [load])

  async function save(body: Record<string, unknown>) {
    const record = editing === "new" ? undefined : editing
    await adminFetch(record ? `${path}/${record.id}` : path, { method: "POST", body })
    toast.success("Đã lưu")
    setEditing(null)
    load()
  }
  async function remove(record: R) {
    if (!window.confirm(`Xóa ${record.name}?`)) return
    try {
      await adminFetch(`${path}/${record.id}`, { method: "DELETE" })
      setEditing(null)
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">{title} <Text as="span" className="text-ui-fg-subtle">({count})</Text></Heading>
        <div className="flex gap-2">
          <Input type="search" placeholder="Tìm theo tên" aria-label="Tìm theo tên" value={q} onChange={(e) => setQ(e.target.value)} />
          <Button onClick={() => setEditing("new")}>Tạo mới</Button>
        </div>
      </div>
      <Table>
        <Table.Header><Table.Row>{columns.map((c) => <Table.HeaderCell key={c.label}>{c.label}</Table.HeaderCell>)}</Table.Row></Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id} className="cursor-pointer" onClick={() => setEditing(r)}>
              {columns.map((c) => <Table.Cell key={c.label}>{c.value(r)}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Drawer open={!!editing} onOpenChange={(open) => !open && setEditing(null)}>
        <Drawer.Content>
          <Drawer.Header><Drawer.Title>{editing === "new" ? `Tạo mới: ${title}` : editing?.name}</Drawer.Title></Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            {editing && (
              <RecordForm key={editing === "new" ? "new" : editing.id} fields={fields} initial={editing === "new" ? undefined : editing} submitLabel="Lưu" onSubmit={save} />
            )}
            {editing && editing !== "new" && (
              <div className="mt-6 flex flex-col gap-4">
                {extra?.(editing)}
                <Button variant="danger" onClick={() => remove(editing)}>Xóa</Button>
              </div>
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
