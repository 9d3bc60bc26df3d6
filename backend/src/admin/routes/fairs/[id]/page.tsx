import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminFetch } from "../../../lib/api"

type Exhibitor = { producer_id: string; name: string; booth: string | null; products: { id: string; title: string }[] }
type Catalogue = { fair: { id: string; name: string; published: boolean }; exhibitors: Exhibitor[]; products: { product_id: string }[] }

// The fair's catalogue as printed: exhibitors in booth order, each with the
// products shown. Saving replaces it; the storefront and the print page follow.
const FairCataloguePage = () => {
  const { id } = useParams()
  const [cat, setCat] = useState<Catalogue | null>(null)
  const [exhibitors, setExhibitors] = useState<Exhibitor[]>([])
  const [shown, setShown] = useState<string[]>([])
  const [q, setQ] = useState("")
  const [found, setFound] = useState<{ id: string; name: string }[]>([])
  const apply = (c: Catalogue) => {
    setCat(c)
    setExhibitors(c.exhibitors)
    setShown(c.products.map((p) => p.product_id))
  }
  useEffect(() => { adminFetch<{ catalogue: Catalogue }>(`/admin/fairs/${id}/catalogue`).then((r) => apply(r.catalogue), (e) => toast.error(e.message)) }, [id])
  useEffect(() => {
    if (q.trim().length < 2) return setFound([])
    adminFetch<{ producers: { id: string; name: string }[] }>(`/admin/producers?limit=10&q=${encodeURIComponent(q)}`).then((r) => setFound(r.producers))
  }, [q])

  const move = (i: number, by: number) => setExhibitors((es) => {
    const next = [...es]
    const [e] = next.splice(i, 1)
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, e)
    return next
  })
  async function save() {
    try {
      const order = exhibitors.flatMap((e) => e.products.map((p) => p.id)).filter((pid) => shown.includes(pid))
      const r = await adminFetch<{ catalogue: Catalogue }>(`/admin/fairs/${id}/catalogue`, {
        method: "POST",
        body: { exhibitors: exhibitors.map((e) => ({ producer_id: e.producer_id, booth: e.booth || null })), product_ids: order },
      })
      apply(r.catalogue)
      toast.success("Đã lưu danh mục")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  if (!cat) return <Container><Text>Đang tải…</Text></Container>
  return (
    <Container className="flex flex-col gap-4">
      <Link to="/fairs" className="text-ui-fg-interactive">← Hội chợ</Link>
      <Heading level="h1">Danh mục: {cat.fair.name}</Heading>
      <Text size="small">{cat.fair.published ? "Đã công bố trên cửa hàng." : "Chưa công bố (bật “Công bố” trong thông tin hội chợ)."}</Text>
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
      <Button onClick={save}>Lưu danh mục</Button>
    </Container>
  )
}

export default FairCataloguePage
