import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../lib/api"
import { adminKey, useAdminQuery } from "../lib/useAdminQuery"

export type Exhibitor = { producer_id: string; name: string; booth: string | null; products: { id: string; title: string }[] }
export type Catalogue = { fair: { id: string; name: string; published: boolean }; exhibitors: Exhibitor[]; products: { product_id: string }[] }

export const cataloguePath = (fairId: string) => `/admin/fairs/${fairId}/catalogue`

// The fair's catalogue as printed: exhibitors in booth order, each with the
// products shown. Staff edit a copy; saving replaces it (the storefront and the
// print page follow) and the saved catalogue becomes the page's data.
export function FairCatalogueEditor({ fairId, catalogue }: { fairId: string; catalogue: Catalogue }) {
  const [exhibitors, setExhibitors] = useState<Exhibitor[]>(catalogue.exhibitors)
  const [shown, setShown] = useState<string[]>(() => catalogue.products.map((p) => p.product_id))
  const [q, setQ] = useState("")
  // producers to add, from two letters on; a few are enough to pick from
  const search = useAdminQuery<{ producers: { id: string; name: string }[] }>(
    q.trim().length < 2 ? null : `/admin/producers?limit=10&q=${encodeURIComponent(q.trim())}`,
    { keepWhileLoading: true },
  )
  const found = q.trim().length < 2 ? [] : search.data?.producers ?? []
  const queryClient = useQueryClient()
  const saving = useMutation({
    mutationFn: () => {
      const order = exhibitors.flatMap((e) => e.products.map((p) => p.id)).filter((pid) => shown.includes(pid))
      return adminFetch<{ catalogue: Catalogue }>(cataloguePath(fairId), {
        method: "POST",
        body: { exhibitors: exhibitors.map((e) => ({ producer_id: e.producer_id, booth: e.booth || null })), product_ids: order },
      })
    },
    onSuccess: (r) => {
      // the page re-keys this editor on the saved catalogue (new exhibitors' products appear)
      queryClient.setQueryData(adminKey(cataloguePath(fairId)), r)
      toast.success("Đã lưu danh mục")
    },
    onError: (e) => toast.error(e.message),
  })

  const move = (i: number, by: number) => setExhibitors((es) => {
    const next = [...es]
    const [e] = next.splice(i, 1)
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, e)
    return next
  })
  return (
    <Container className="flex flex-col gap-4">
      <Link to="/fairs" className="text-ui-fg-interactive">← Hội chợ</Link>
      <Heading level="h1">Danh mục: {catalogue.fair.name}</Heading>
      <Text size="small">{catalogue.fair.published ? "Đã công bố trên cửa hàng." : "Chưa công bố (bật “Công bố” trong thông tin hội chợ)."}</Text>
      <ol className="flex flex-col gap-3">
        {exhibitors.map((e, i) => (
          <li key={e.producer_id} className="rounded-md border p-3" data-testid="exhibitor">
            <div className="flex flex-wrap items-end gap-2">
              <strong className="grow">{i + 1}. {e.name}</strong>
              <div><Label htmlFor={`booth-${i}`}>Gian</Label><Input id={`booth-${i}`} className="w-24" value={e.booth ?? ""} onChange={(ev) => setExhibitors((es) => es.map((x, j) => (j === i ? { ...x, booth: ev.target.value } : x)))} /></div>
              <Button size="small" variant="secondary" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Lên: ${e.name}`}>↑</Button>
              <Button size="small" variant="secondary" onClick={() => move(i, 1)} disabled={i === exhibitors.length - 1} aria-label={`Xuống: ${e.name}`}>↓</Button>
              <Button size="small" variant="danger" onClick={() => setExhibitors((es) => es.filter((_, j) => j !== i))}>Bỏ</Button>
            </div>
            <ul className="mt-2 grid grid-cols-2 gap-1">
              {e.products.map((p) => (
                <li key={p.id}><label><input type="checkbox" checked={shown.includes(p.id)} onChange={(ev) => setShown((s) => (ev.target.checked ? [...s, p.id] : s.filter((x) => x !== p.id)))} /> {p.title}</label></li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div>
        <Label htmlFor="add-exhibitor">Thêm chủ thể tham gia</Label>
        <Input id="add-exhibitor" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Gõ tên chủ thể" />
        <ul>
          {found.filter((f) => !exhibitors.some((e) => e.producer_id === f.id)).map((f) => (
            <li key={f.id}><Button size="small" variant="transparent" onClick={() => { setExhibitors((es) => [...es, { producer_id: f.id, name: f.name, booth: null, products: [] }]); setQ("") }}>+ {f.name}</Button></li>
          ))}
        </ul>
        <Text size="small" className="text-ui-fg-subtle">Sản phẩm của chủ thể mới thêm hiện ra sau khi lưu.</Text>
      </div>
      <Button onClick={() => saving.mutate()} isLoading={saving.isPending}>Lưu danh mục</Button>
    </Container>
  )
}
