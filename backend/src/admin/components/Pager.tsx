import { Table } from "@medusajs/ui"

// Medusa's table pagination with Vietnamese words; hidden when one page holds everything.
export function Pager({ count, page, pageSize, setPage }: { count: number; page: number; pageSize: number; setPage: (p: number) => void }) {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  if (pageCount <= 1) return null
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => setPage(page - 1)}
      nextPage={() => setPage(page + 1)}
      translations={{ of: "/", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }}
    />
  )
}
