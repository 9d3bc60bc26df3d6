import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { Paged } from "../lib/usePaged"
import { Pager } from "./Pager"
import { QueryState } from "./QueryState"

export type PagedColumn<R> = { label: string; cell: (row: R) => ReactNode; className?: string }

interface Props<R> {
  list: Paged<R>
  columns: PagedColumn<R>[]
  rowKey: (row: R) => string
  /** said when the list is empty */
  empty: string
  /** each row's data-testid, for the browser tests */
  rowTestId?: string
}

// One page of a `usePaged` list as Medusa's table: loading, the route's error, the empty
// sentence, the rows, and the pager when there is more than one page.
export function PagedTable<R>({ list, columns, rowKey, empty, rowTestId }: Props<R>) {
  if (list.error || !list.rows) return <QueryState isPending={list.isLoading} error={list.error} />
  if (!list.rows.length) return <Text className="px-6 py-4">{empty}</Text>
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>{columns.map((c) => <Table.HeaderCell key={c.label}>{c.label}</Table.HeaderCell>)}</Table.Row>
        </Table.Header>
        <Table.Body>
          {list.rows.map((r) => (
            <Table.Row key={rowKey(r)} data-testid={rowTestId}>
              {columns.map((c) => <Table.Cell key={c.label} className={c.className}>{c.cell(r)}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Pager count={list.count} page={list.page} pageSize={list.pageSize} setPage={list.setPage} />
    </>
  )
}
