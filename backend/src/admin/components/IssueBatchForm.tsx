import { Button, Input, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { issueBatch } from "../lib/registry"
import { Field } from "./Field"

const EMPTY = { quantity: "", lot: "", produced_on: "", best_before: "", gtin: "", note: "" }

interface Props {
  productId: string
  /** the product's own GTINs (variant barcodes): left empty, the server takes the first one */
  gtins?: string[]
  onDone: () => void
}

// Staff issue a batch of stamps at once (no request needed). The server
// refuses a product without a valid verified certificate; its message is shown.
export function IssueBatchForm({ productId, gtins = [], onDone }: Props) {
  const [v, setV] = useState(EMPTY)
  const issuing = useMutation({
    mutationFn: issueBatch,
    onSuccess: ({ batch }) => {
      toast.success(`Đã phát hành ${batch.quantity.toLocaleString("vi-VN")} tem`)
      setV(EMPTY)
      onDone()
    },
  })
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }))

  function submit(e: FormEvent) {
    e.preventDefault()
    // the route is strict: empty optional fields are left out
    const body: Record<string, unknown> = { product_id: productId, quantity: Number(v.quantity) }
    for (const k of ["lot", "produced_on", "best_before", "gtin", "note"] as const) if (v[k].trim()) body[k] = v[k].trim()
    issuing.mutate(body)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Phát hành tem">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field id="ib-quantity" label="Số tem" required help="1–10.000; 44 tem một tờ A4">
          <Input id="ib-quantity" size="small" type="number" min={1} max={10000} step={1} value={v.quantity} onChange={set("quantity")} />
        </Field>
        <Field id="ib-lot" label="Số lô" help="Như in trên bao bì">
          <Input id="ib-lot" size="small" maxLength={20} value={v.lot} onChange={set("lot")} />
        </Field>
        <Field id="ib-gtin" label="GTIN (mã vạch)" help={gtins.length ? `Bỏ trống: dùng mã vạch của sản phẩm (${gtins[0]})` : "Không bắt buộc; 8, 12, 13 hoặc 14 chữ số"}>
          <Input id="ib-gtin" size="small" inputMode="numeric" list={gtins.length ? "ib-gtins" : undefined} value={v.gtin} onChange={set("gtin")} />
        </Field>
        <Field id="ib-produced" label="Ngày sản xuất">
          <Input id="ib-produced" size="small" type="date" value={v.produced_on} onChange={set("produced_on")} />
        </Field>
        <Field id="ib-best-before" label="Hạn sử dụng">
          <Input id="ib-best-before" size="small" type="date" value={v.best_before} onChange={set("best_before")} />
        </Field>
        <Field id="ib-note" label="Ghi chú">
          <Input id="ib-note" size="small" value={v.note} onChange={set("note")} />
        </Field>
      </div>
      {gtins.length > 0 && <datalist id="ib-gtins">{gtins.map((g) => <option key={g} value={g} />)}</datalist>}
      {issuing.error && <Text role="alert" size="small" className="text-ui-fg-error">{issuing.error.message}</Text>}
      <div>
        <Button type="submit" size="small" isLoading={issuing.isPending} disabled={!v.quantity}>Phát hành</Button>
      </div>
    </form>
  )
}
