import { Button, Container, Drawer, Heading, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { adminFetch } from "../lib/api"
import { provinceName } from "../lib/labels"
import { usePaged } from "../lib/usePaged"
import { Pager } from "./Pager"
import { QueryState } from "./QueryState"
import { RecordForm, type FieldDef } from "./RecordForm"

/**
 * A record as the admin API lists it: its fields by name (what the form edits), with an id, a
 * name and the province it is in (producers, sales points and fairs are all somewhere).
 */
export type AdminRecord = { id: string; name: string; province: string } & Record<string, unknown>

interface Props<R extends AdminRecord> {
  title: string
  /** admin API collection, e.g. /admin/producers; it lists under its last word (`sales_points`) */
  path: string
  fields: FieldDef[]
  /** the columns between the name (first) and the province (last) */
  columns: { label: string; value: (r: R) => ReactNode }[]
  /** more for one record (members, catalogue…) under its form */
  extra?: (record: R) => ReactNode
}

// A searchable list of one kind of record, with create, edit and delete in a drawer.
export function RecordsPage<R extends AdminRecord>({ title, path, fields, columns: between, extra }: Props<R>) {
  const listKey = path.slice(path.lastIndexOf("/") + 1).replace(/-/g, "_")
  const columns = [{ label: "Tên", value: (r: R) => r.name }, ...between, { label: "Tỉnh, thành", value: (r: R) => provinceName(r.province) }]
  const [q, setQ] = useState("")
  const [editing, setEditing] = useState<R | "new" | null>(null)
  const list = usePaged<R>(q ? `${path}?q=${encodeURIComponent(q)}` : path, listKey)
  const prompt = usePrompt()
  const saving = useMutation({
    mutationFn: (body: Record<string, unknown>) => {
      const record = editing === "new" ? undefined : editing
      return adminFetch(record ? `${path}/${record.id}` : path, { method: "POST", body })
    },
    onSuccess: () => {
      toast.success("Đã lưu")
      setEditing(null)
      list.load()
    },
  })
  const removing = useMutation({
    mutationFn: (record: R) => adminFetch(`${path}/${record.id}`, { method: "DELETE" }),
    onSuccess: () => {
      setEditing(null)
      list.load()
    },
    onError: (e) => toast.error(e.message),
  })

  // RecordForm shows a failed save's message itself: it gets the rejection
  const save = async (body: Record<string, unknown>) => void (await saving.mutateAsync(body))
  async function remove(record: R) {
    const sure = await prompt({ title: `Xóa ${record.name}?`, description: "Không thể hoàn tác.", confirmText: "Xóa", cancelText: "Hủy" })
    if (sure) removing.mutate(record)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">{title} <Text as="span" className="text-ui-fg-subtle">({list.count})</Text></Heading>
        <div className="flex gap-2">
          <Input type="search" placeholder="Tìm theo tên" aria-label="Tìm theo tên" value={q} onChange={(e) => setQ(e.target.value)} />
          <Button onClick={() => setEditing("new")}>Tạo mới</Button>
        </div>
      </div>
      <QueryState isPending={list.isLoading} error={list.error} />
      <Table>
        <Table.Header><Table.Row>{columns.map((c) => <Table.HeaderCell key={c.label}>{c.label}</Table.HeaderCell>)}</Table.Row></Table.Header>
        <Table.Body>
          {(list.rows ?? []).map((r) => (
            <Table.Row key={r.id} className="cursor-pointer" onClick={() => setEditing(r)}>
              {columns.map((c) => <Table.Cell key={c.label}>{c.value(r)}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
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
                <Button variant="danger" isLoading={removing.isPending} onClick={() => remove(editing)}>Xóa</Button>
              </div>
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
